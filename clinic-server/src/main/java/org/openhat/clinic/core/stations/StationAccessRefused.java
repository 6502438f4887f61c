package org.openhat.clinic.core.stations;

/** The caller may use this kind of device, but not from where they are signed in. Mapped to 403. */
public class StationAccessRefused extends RuntimeException {
    public StationAccessRefused(String message) {
        super(message);
    }
}
