package org.openhat.clinic.core.dispensing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.core.staff.StaffMember;

/**
 * What a member of staff signed in at a dispensing kiosk may do there, so the page can say it and
 * the server's role declarations agree with it ({@code KioskAbilitiesTest} holds them in step).
 *
 * <ul>
 *   <li>Everyone who may sign in at a kiosk may look at the dosing list and scan a wristband to
 *       pick a patient: a scan only selects, it changes nothing.</li>
 *   <li>Nurses and prescribers check a dose (a prescriber looks before deciding on a change).</li>
 *   <li>Only a nurse records a dose: the rules name the supervising nurse who gives it and a
 *       second checker who witnesses it (§2.4, §7.6); the prescriber sets the dose (§7.1).</li>
 *   <li>Who may witness is the clinic's {@link DoseWitnessRule}.</li>
 * </ul>
 * Admins, co-ordinators and inspectors have nothing to do at a kiosk and are refused there, with
 * a message, rather than signed in to a screen that refuses them everything.
 */
public record KioskAbilities(String role, boolean mayScan, boolean mayCheckDoses, boolean mayRecordDoses,
                             boolean mayWitness, String witnessRule) {
    private static final Set<Role> MAY_SIGN_IN = EnumSet.of(Role.NURSE, Role.PHARMACIST, Role.PRESCRIBER);
    public static final Set<Role> MAY_CHECK_DOSES = EnumSet.of(Role.NURSE, Role.PRESCRIBER);
    public static final Set<Role> MAY_RECORD_DOSES = EnumSet.of(Role.NURSE);
    public static final String REFUSAL = "A kiosk is for nurses, pharmacists and prescribers: "
            + "sign in at the office with your username and password";

    public static boolean maySignIn(StaffMember member) {
        return member.roles().stream().anyMatch(MAY_SIGN_IN::contains);
    }

    /** The roles that may sign in at a kiosk (and so open its scan stream). */
    public static Set<Role> maySignIn() {
        return Set.copyOf(MAY_SIGN_IN);
    }

    public static KioskAbilities of(StaffMember member, DoseWitnessRule witnesses) {
        return new KioskAbilities(kioskRole(member), maySignIn(member), holdsAny(member, MAY_CHECK_DOSES),
                holdsAny(member, MAY_RECORD_DOSES), witnesses.admits(member), witnesses.wording());
    }

    /** The role the person acts in at a kiosk, the one doing the most there when they hold several. */
    private static String kioskRole(StaffMember member) {
        for (Role role : List.of(Role.NURSE, Role.PHARMACIST, Role.PRESCRIBER)) {
            if (member.hasRole(role)) {
                return role.name();
            }
        }
        return null;
    }

    private static boolean holdsAny(StaffMember member, Set<Role> roles) {
        return member.roles().stream().anyMatch(roles::contains);
    }
}
