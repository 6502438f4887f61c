package org.openhat.clinic.core.register;

import java.util.EnumSet;
import java.util.Set;
import org.openhat.clinic.core.staff.Role;

/** Which roles may sign a line in one capacity (recorder or second signer), and what a refusal says. */
public record SignerRule(Set<Role> roles, String refusal) {
    private static final Set<Role> PRACTITIONERS = EnumSet.of(Role.NURSE, Role.PHARMACIST, Role.PRESCRIBER);

    public static final SignerRule RECORDER = new SignerRule(PRACTITIONERS,
            "only a nurse, pharmacist or prescriber makes register entries");
    static final SignerRule SECOND_PRACTITIONER = new SignerRule(PRACTITIONERS,
            "must be a nurse, pharmacist or prescriber");
    /** Stock is written on or off by the pharmacist, who answers for the balance. */
    static final SignerRule PHARMACIST = new SignerRule(EnumSet.of(Role.PHARMACIST),
            "only a pharmacist makes a correction that moves stock; a nurse may add a note that moves nothing");
    /**
     * Reg 27: destruction only before a person the Controlled Drugs Accountable Officer authorises,
     * who must not be one of the staff who handle the stock. Such a witness is given an INSPECTOR
     * account (read-only: they never write to the register, they only countersign).
     */
    static final SignerRule AUTHORISED_WITNESS = new SignerRule(EnumSet.of(Role.INSPECTOR),
            "must be a witness authorised by the Controlled Drugs Accountable Officer, signing with their own "
                    + "inspector account, not a member of staff who handles the stock");

    public SignerRule {
        roles = Set.copyOf(roles);
    }

    public boolean admits(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }
}
