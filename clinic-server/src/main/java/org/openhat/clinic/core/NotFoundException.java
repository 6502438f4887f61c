package org.openhat.clinic.core;

/** A record that does not exist (or is not visible to the caller). Mapped to 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
