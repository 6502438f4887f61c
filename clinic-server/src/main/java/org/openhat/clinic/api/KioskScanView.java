package org.openhat.clinic.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One scan as the kiosk page receives it. A wristband is sent as the patient's id and name, never
 * the NHS number; a rejected scan carries only the reason, never what was scanned.
 *
 * @param kind PRODUCT, WRISTBAND, BADGE or REJECTED
 */
public record KioskScanView(String kind, Instant receivedAt, String symbology, Product product, Person patient,
                            Person staff, String reason) {

    public record Product(String gtin, String batch, LocalDate expiry, String serial) {
    }

    public record Person(long id, String displayName) {
    }
}
