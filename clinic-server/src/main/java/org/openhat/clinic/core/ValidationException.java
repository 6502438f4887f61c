package org.openhat.clinic.core;

/**
 * Input that breaks a clinical or legal rule, naming the field and the reason so the person at
 * the screen can put it right. Mapped to 422 and never logged with the offending value.
 */
public class ValidationException extends RuntimeException {
    private final String field;
    private final String reason;

    public ValidationException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
