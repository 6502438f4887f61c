package org.openhat.clinic.core.stations;

import java.time.Instant;

/**
 * A station's safe began numbering its events again (its controller replaced, or its memory lost);
 * events after it are stored under {@code numbering}.
 *
 * @param cause            {@code STATUS_BEHIND} or {@code EVENT_DIFFERS}: how the server noticed
 * @param lastStoredNumber the highest number stored in the numbering before
 * @param safeNumber       the number the safe gave that showed it
 */
public record SafeNumberingRestart(String stationCode, int numbering, Instant detectedAt, String cause,
                                   long lastStoredNumber, long safeNumber) {

    /** For the health check and the kiosk: only numbers, no patient data. */
    public String describe() {
        return "the safe's event numbering restarted at " + detectedAt + " (" + ("STATUS_BEHIND".equals(cause)
                ? "it reported last event " + safeNumber + " while events up to " + lastStoredNumber + " were stored"
                : "it sent an event " + safeNumber + " unlike the stored event " + safeNumber)
                + "): was its controller replaced or its memory lost? Its events are kept as numbering " + numbering
                + "; check the safe and reconcile the register";
    }
}
