package org.openhat.clinic.api;

import java.util.List;
import org.openhat.clinic.core.staff.StaffMember;

public record StaffView(long id, String username, String displayName, List<String> roles, boolean enabled,
                        boolean hasBadge, boolean badgeLocked, boolean passwordLocked) {
    public static StaffView of(StaffMember s) {
        return new StaffView(s.id(), s.username(), s.displayName(),
                s.roles().stream().map(Enum::name).sorted().toList(), s.enabled(), s.badgeCode() != null,
                s.badgeLocked(), s.passwordLocked());
    }
}
