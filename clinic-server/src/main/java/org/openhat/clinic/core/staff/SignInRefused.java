package org.openhat.clinic.core.staff;

import java.time.Duration;

/**
 * A sign-in that did not succeed. The message is safe to show: it never says whether the
 * username or the password was wrong.
 */
public class SignInRefused extends RuntimeException {
    private final Duration retryAfter;

    public SignInRefused(String message) {
        this(message, Duration.ZERO);
    }

    public SignInRefused(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
