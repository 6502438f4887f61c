package org.openhat.clinic.core.stations;

/** What became of an unlock request. */
public enum SafeRequestResult {
    /** Recorded, not yet answered by the safe. */
    PENDING,
    /** The safe released the compartment. */
    ACCEPTED,
    /** The safe said no (NAK); nothing happened. */
    REFUSED,
    /** No answer after every retry: the safe may have acted; its events will tell. */
    NO_REPLY,
    /** The link was down; nothing happened. */
    NOT_SENT
}
