package org.openhat.clinic.core.staff;

/** The outcome of a sign-in: the secret token for the cookie (shown once, stored only hashed) and the session. */
public record SignedIn(String token, StaffSession session) {
}
