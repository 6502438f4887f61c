package org.openhat.devices.scanner;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Scan fixtures from devices.md; the GSRN uses a made-up company prefix 5012345. */
final class ScanFixtures {
    static final String GS = "\u001D";
    static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");
    static final GsrnLayout LAYOUT = GsrnLayout.nhsNumberBeforeCheckDigit("5012345");
    static final ScanDecoder DECODER = new ScanDecoder(ScanFormats.defaults(LAYOUT));

    /** GS1 DataMatrix on a pack: GTIN, expiry, batch, serial, as the scanner sends it. */
    static final String PACK = "]d2" + "0109506000134352" + "17261231" + "10ABC123" + GS + "21SN0001";
    /** Wristband: GSRN = prefix 5012345 + NHS number 9434765919 + GSRN check digit 1. */
    static final String WRISTBAND = "]d2" + "8018501234594347659191";
    /** Valid GSRN check digit, but the NHS number inside (9434765918) fails modulus 11. */
    static final String WRISTBAND_BAD_NHS = "]d2" + "8018501234594347659184";
    static final String CLINIC_CARD = "]C0" + "OHP:9434765919";
    static final String BADGE = "]C0" + "OHS:N0042";

    private ScanFixtures() {
    }

    static RawScan raw(String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        return new RawScan(b, b.length, false, AT, 42L);
    }

    static ScanEvent decode(String text) {
        return DECODER.decode(raw(text));
    }
}
