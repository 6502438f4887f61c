package org.openhat.clinic.core.register;

import java.time.Instant;
import org.openhat.clinic.core.ValidationException;

/** Checks shared by the entry kinds; each names the request field it refuses. */
final class Fields {
    private Fields() {
    }

    static void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        if (value.length() > max) {
            throw new ValidationException(field, "must be at most " + max + " characters");
        }
    }

    static void optionalText(String field, String value, int max) {
        if (value != null) {
            text(field, value, max);
        }
    }

    static void positive(String field, long value) {
        if (value <= 0) {
            throw new ValidationException(field, "must be at least 1");
        }
    }

    /** A count of ampoules (or mg) that must be between 1 and {@code max}. */
    static void quantity(String field, long value, long max) {
        positive(field, value);
        atMost(field, value, max);
    }

    /** A quantity that may be zero (a count of an empty safe), but never negative nor above {@code max}. */
    static void count(String field, long value, long max) {
        if (value < 0) {
            throw new ValidationException(field, "cannot be negative");
        }
        atMost(field, value, max);
    }

    static void atMost(String field, long value, long max) {
        if (value > max) {
            throw new ValidationException(field, "must be at most " + max + ", more than a clinic could hold");
        }
    }

    static void present(String field, Object value) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
    }

    static void occurredAt(Instant value) {
        present("occurredAt", value);
    }

    static void batch(String value) {
        text("batch", value, 64);
    }
}
