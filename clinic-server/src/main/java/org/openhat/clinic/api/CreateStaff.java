package org.openhat.clinic.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.openhat.clinic.core.staff.Role;

public record CreateStaff(
        @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "must be 3 to 64 lower-case letters, digits, dots, dashes or underscores") String username,
        @NotBlank @Size(max = 128) String displayName,
        @NotEmpty Set<Role> roles,
        @NotBlank @Size(min = 12, max = 256) String password,
        @Size(max = 64) String badgeCode,
        @Pattern(regexp = "\\d{4,8}", message = "must be 4 to 8 digits") String pin) {
    @Override
    public String toString() {
        return "CreateStaff[username=" + username + ", roles=" + roles + "]";
    }
}
