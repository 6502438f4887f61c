package org.openhat.devices.safe;

/** How a command to the safe ended. */
public sealed interface SafeCommandResult {

    /** The safe did it (ACK, or STATUS for a status request). */
    record Accepted() implements SafeCommandResult {
    }

    /** The safe refused (NAK); nothing happened. */
    record Refused(NakReason reason) implements SafeCommandResult {
    }

    /**
     * No reply after every retry. The outcome is UNKNOWN: the safe may have acted and its
     * reply been lost; its events will tell.
     */
    record NoReply(int attempts) implements SafeCommandResult {
    }

    /** Never sent (the link is down); nothing happened. */
    record NotSent(String why) implements SafeCommandResult {
    }

    default boolean accepted() {
        return this instanceof Accepted;
    }
}
