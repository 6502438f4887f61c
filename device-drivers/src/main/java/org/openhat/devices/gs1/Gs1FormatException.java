package org.openhat.devices.gs1;

/** GS1 data that cannot be read; the message is a human reason with no scanned content in it. */
public final class Gs1FormatException extends IllegalArgumentException {
    public Gs1FormatException(String reason) {
        super(reason);
    }
}
