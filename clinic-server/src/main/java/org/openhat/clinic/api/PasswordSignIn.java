package org.openhat.clinic.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Office sign-in. */
public record PasswordSignIn(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 256) String password) {
    /** Records print their fields; this one must never print the password. */
    @Override
    public String toString() {
        return "PasswordSignIn[username=" + username + "]";
    }
}
