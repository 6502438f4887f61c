package org.openhat.clinic.api;

/** One thing wrong with a request: which field (null for the request as a whole) and why. */
public record FieldError(String field, String reason) {
}
