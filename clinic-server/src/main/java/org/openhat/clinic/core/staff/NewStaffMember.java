package org.openhat.clinic.core.staff;

import java.util.Set;

/** An account an admin is creating. Secrets arrive in clear here and leave only as hashes. */
public record NewStaffMember(String username, String displayName, Set<Role> roles, String password,
                             String badgeCode, String pin) {
}
