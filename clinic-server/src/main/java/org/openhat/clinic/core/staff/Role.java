package org.openhat.clinic.core.staff;

/** What a member of staff may do. One person may hold several roles. */
public enum Role {
    NURSE,
    PRESCRIBER,
    PHARMACIST,
    COORDINATOR,
    ADMIN,
    /** Reads the register and audit trail; writes nothing. */
    INSPECTOR;

    /** Role names as used in {@code @RolesAllowed}; constants so annotations can use them. */
    public static final class Names {
        public static final String NURSE = "NURSE";
        public static final String PRESCRIBER = "PRESCRIBER";
        public static final String PHARMACIST = "PHARMACIST";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String ADMIN = "ADMIN";
        public static final String INSPECTOR = "INSPECTOR";

        private Names() {
        }
    }
}
