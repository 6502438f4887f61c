package org.openhat.clinic.api;

import java.util.List;

/** Every error body has this shape: the HTTP status and what was wrong. Never a stack trace or SQL. */
public record ApiError(int status, List<FieldError> errors) {
    public static ApiError of(int status, String field, String reason) {
        return new ApiError(status, List.of(new FieldError(field, reason)));
    }
}
