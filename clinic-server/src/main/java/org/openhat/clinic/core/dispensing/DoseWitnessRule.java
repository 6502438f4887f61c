package org.openhat.clinic.core.dispensing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.core.staff.StaffMember;

/**
 * Who may witness a dose at the kiosk: stand beside the nurse while the ampoule comes out of the
 * safe, the dose is drawn up and given, and the rest of the ampoule is denatured. One rule, read
 * from configuration, enforced when the witness signs in and again when the dose is recorded, and
 * its words shown on the kiosk's witness box, so the screen and the server never disagree.
 *
 * <p>The default is a second nurse or a pharmacist, not a prescriber. Clinical rules §7.7
 * ({@code second_checker_required}, [S26]) and §4.3 make the second check part of handling the
 * stock, done by a second registered practitioner who handles it (nurses, pharmacists); and §7.1
 * ({@code nurse_may_reduce_only}) has the prescriber set the dose the nurse gives: the witness
 * checks the dose against the prescription, which the prescriber cannot do independently of
 * their own prescription. A clinic whose prescribers work on the dispensing floor may add them.
 */
public record DoseWitnessRule(Set<Role> roles) {
    /** Roles that handle or prescribe the drug; a witness outside them would be no check at all. */
    public static final Set<Role> PRACTITIONERS = EnumSet.of(Role.NURSE, Role.PHARMACIST, Role.PRESCRIBER);
    public static final DoseWitnessRule DEFAULT = new DoseWitnessRule(EnumSet.of(Role.NURSE, Role.PHARMACIST));

    public DoseWitnessRule {
        if (roles == null || roles.isEmpty() || !PRACTITIONERS.containsAll(roles)) {
            throw new IllegalArgumentException("a dose is witnessed by nurses, pharmacists or prescribers: " + roles);
        }
        roles = Set.copyOf(roles);
    }

    public boolean admits(StaffMember witness) {
        return witness.enabled() && witness.roles().stream().anyMatch(roles::contains);
    }

    /** The rule in the clinic's words, as the witness box says it: "a second nurse or pharmacist". */
    public String wording() {
        List<String> words = new ArrayList<>();
        for (Role role : List.of(Role.NURSE, Role.PHARMACIST, Role.PRESCRIBER)) {
            if (roles.contains(role)) {
                words.add(role.name().toLowerCase());
            }
        }
        String last = words.remove(words.size() - 1);
        String all = words.isEmpty() ? last : String.join(", ", words) + " or " + last;
        // the nurse giving the dose is a nurse: the witness is a second one
        return (roles.contains(Role.NURSE) ? "a second " : "a ") + all;
    }

    /** What a refusal says, naming the rule. */
    public String refusal() {
        return "the witness of a dose must be " + wording();
    }
}
