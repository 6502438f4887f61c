package org.openhat.clinic.core.patients;

import java.util.Set;
import org.openhat.clinic.core.staff.Role;

/**
 * How much of one patient's record a member of staff is shown, by the most any of their roles
 * needs (least privilege). Lists never go beyond {@link #SUMMARY}: picking a person needs no
 * identifier, and a list is the easiest thing to copy whole.
 */
public enum RecordDisclosure {
    /** Name, status and whether there is a photo: enough to pick the right person. */
    SUMMARY,
    /** Also the NHS number and date of birth, which a nurse checks against the patient before a dose. */
    IDENTITY,
    /**
     * Also the address: a controlled-drug prescription must carry it, and referral and
     * registration (coordinators, admins) keep it correct.
     */
    FULL;

    public static RecordDisclosure forRoles(Set<Role> roles) {
        RecordDisclosure most = SUMMARY;
        for (Role role : roles) {
            RecordDisclosure needed = forRole(role);
            if (needed.compareTo(most) > 0) {
                most = needed;
            }
        }
        return most;
    }

    private static RecordDisclosure forRole(Role role) {
        return switch (role) {
            case PRESCRIBER, COORDINATOR, ADMIN -> FULL;
            case NURSE -> IDENTITY;
            // the register and its inspection refer to patients by id and name only
            case PHARMACIST, INSPECTOR -> SUMMARY;
        };
    }

    public boolean showsIdentifiers() {
        return this != SUMMARY;
    }

    public boolean showsAddress() {
        return this == FULL;
    }
}
