package org.openhat.devices.safe;

/** A frame whose payload does not match its TYPE (NAK 3 on the safe's side). */
public final class BadPayloadException extends IllegalArgumentException {
    public BadPayloadException(String reason) {
        super(reason);
    }
}
