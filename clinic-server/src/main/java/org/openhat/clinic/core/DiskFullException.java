package org.openhat.clinic.core;

/**
 * The database refused a write because its disk is full. The transaction was rolled back, so
 * nothing of the request was recorded; once space is freed the same write succeeds, without a
 * restart. Mapped to 507 with words a clinician can act on.
 */
public class DiskFullException extends RuntimeException {
    public static final String REASON = "the server's disk is full: nothing was recorded";

    public DiskFullException(Throwable cause) {
        super(REASON, cause);
    }
}
