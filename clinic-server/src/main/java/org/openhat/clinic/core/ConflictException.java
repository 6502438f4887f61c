package org.openhat.clinic.core;

/** A write that clashes with the current state (a duplicate, or a race another kiosk won). Mapped to 409. */
public class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
