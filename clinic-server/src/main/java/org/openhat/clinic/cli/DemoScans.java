package org.openhat.clinic.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.openhat.devices.ids.Gs1CheckDigit;

/**
 * What to scan in the demo, as a scanner sends it (AIM symbology identifier first): staff badges,
 * patients' clinic cards and wristbands, and ampoule packs. Send any of them with
 * {@code ./openhat scan '<scan>'}.
 */
public final class DemoScans {
    /** A made-up GS1 company prefix for the demo wristbands: set {@code CLINIC_NHS_GS1_PREFIX} to it. */
    public static final String WRISTBAND_PREFIX = "5012345";
    /** A GTIN no demo product has: a pack of something else. */
    public static final String UNKNOWN_GTIN = "05012345678924";
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private DemoScans() {
    }

    public static String badge(DemoClinic.DemoStaff staff) {
        return "]C0OHS:" + staff.badge();
    }

    public static String clinicCard(DemoClinic.DemoPatient patient) {
        return "]C0OHP:" + patient.nhsNumber().value();
    }

    /** A GS1 DataMatrix wristband: (8018) GSRN = prefix + NHS number + check digit (DCB1077). */
    public static String wristband(DemoClinic.DemoPatient patient) {
        String body = WRISTBAND_PREFIX + patient.nhsNumber().value();
        return "]d28018" + body + Gs1CheckDigit.compute(body);
    }

    /** A GS1 DataMatrix on an ampoule pack: (01) GTIN, (17) expiry, (10) batch. */
    public static String pack(String gtin, LocalDate expiry, String batch) {
        return "]d201" + gtin + "17" + YYMMDD.format(expiry) + "10" + batch;
    }
}
