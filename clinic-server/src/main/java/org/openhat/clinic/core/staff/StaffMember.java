package org.openhat.clinic.core.staff;

import java.time.Instant;
import java.util.Set;

/** A member of staff as the clinic knows them; no secrets. */
public record StaffMember(
        long id,
        String username,
        String displayName,
        String badgeCode,
        Set<Role> roles,
        boolean enabled,
        boolean badgeLocked,
        boolean passwordLocked,
        Instant createdAt) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
