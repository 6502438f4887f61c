package org.openhat.devices.scanner;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openhat.devices.gs1.Gs1Dates;
import org.openhat.devices.gs1.Gs1ElementString;
import org.openhat.devices.ids.Gs1CheckDigit;
import org.openhat.devices.ids.Gtin;
import org.openhat.devices.ids.NhsNumber;

/**
 * Turns a framed scan into a typed {@link ScanEvent}. Pure and thread-safe: bytes in,
 * value out, and any input at all gives an event (unusable input gives {@link ScanRejected}).
 */
public final class ScanDecoder {
    /**
     * The reason given when the decoder failed without saying why (an unexpected exception, or a
     * refusal with no message): a scan should never end up here, and the fuzz tests say so.
     */
    static final String UNREADABLE = "unreadable scan";
    private final ScanFormats formats;

    public ScanDecoder(ScanFormats formats) {
        this.formats = formats;
    }

    public ScanEvent decode(RawScan scan) {
        Optional<AimId> aim = Optional.empty();
        try {
            if (scan.overlong()) {
                return rejected("scan is longer than the allowed maximum", scan, aim);
            }
            String text = new String(scan.bytes(), StandardCharsets.ISO_8859_1);
            aim = AimId.parsePrefix(text);
            if (aim.isEmpty()) {
                return decodeWithoutAim(text, scan);
            }
            String data = text.substring(3);
            if (aim.get().isGs1()) {
                return fromGs1(Gs1ElementString.parse(data), aim, scan);
            }
            if (aim.get().isEanUpc()) {
                return product(Map.of("01", Gtin.of(data).value()), aim, scan);
            }
            return decodePlain(data, aim, scan);
        } catch (IllegalArgumentException e) {
            return rejected(e.getMessage(), scan, aim);
        } catch (RuntimeException e) {
            return rejected(UNREADABLE, scan, aim);
        }
    }

    /** Typed-in data (manual entry, tests): only the bracketed GS1 form is understood. */
    private ScanEvent decodeWithoutAim(String text, RawScan scan) {
        if (text.startsWith("(")) {
            return fromGs1(Gs1ElementString.parseHumanReadable(text), Optional.empty(), scan);
        }
        return rejected("no AIM symbology identifier: turn on AIM ID transmission on the scanner", scan,
                Optional.empty());
    }

    private ScanEvent decodePlain(String data, Optional<AimId> aim, RawScan scan) {
        if (data.startsWith(formats.clinicCardPrefix())) {
            NhsNumber nhs = new NhsNumber(data.substring(formats.clinicCardPrefix().length()));
            return new WristbandScan(nhs, WristbandScan.Source.CLINIC_CARD, Optional.empty(), aim,
                    scan.receivedAt(), scan.receivedNanos());
        }
        if (data.startsWith(formats.staffBadgePrefix())) {
            String staffId = data.substring(formats.staffBadgePrefix().length());
            if (!formats.staffIdPattern().matcher(staffId).matches()) {
                return rejected("staff badge number has the wrong format", scan, aim);
            }
            return new BadgeScan(staffId, aim, scan.receivedAt(), scan.receivedNanos());
        }
        return rejected("not a GS1 code, clinic card or staff badge (symbology " + aim.get() + ")", scan, aim);
    }

    private ScanEvent fromGs1(Gs1ElementString gs1, Optional<AimId> aim, RawScan scan) {
        Optional<String> gsrn = gs1.get("8018");
        if (gsrn.isPresent()) {
            return wristband(gsrn.get(), gs1.get("8019"), aim, scan);
        }
        if (gs1.get("01").isPresent()) {
            return product(gs1.fields(), aim, scan);
        }
        return rejected("GS1 code has neither a GTIN (01) nor a GSRN (8018)", scan, aim);
    }

    private ScanEvent wristband(String gsrn, Optional<String> srin, Optional<AimId> aim, RawScan scan) {
        GsrnLayout layout = formats.wristband();
        if (!Gs1CheckDigit.isValid(gsrn)) {
            return rejected("wristband GSRN check digit is wrong", scan, aim);
        }
        if (!layout.issuerConfigured()) {
            return rejected("wristbands cannot be read until the NHS GS1 company prefix is configured "
                    + "(scanning.nhsCompanyPrefix, from DCB1077), or accepting any issuer is chosen "
                    + "(scanning.acceptWristbandsFromAnyIssuer: true)", scan, aim);
        }
        if (!layout.accepts(gsrn)) {
            return rejected("wristband GSRN is not from the configured NHS company prefix", scan, aim);
        }
        int at = layout.nhsNumberOffset();
        NhsNumber nhs = new NhsNumber(gsrn.substring(at, at + 10));
        return new WristbandScan(nhs, WristbandScan.Source.GSRN_WRISTBAND, srin, aim,
                scan.receivedAt(), scan.receivedNanos());
    }

    private ScanEvent product(Map<String, String> fields, Optional<AimId> aim, RawScan scan) {
        Gtin gtin = new Gtin(fields.get("01"));
        LocalDate today = LocalDate.ofInstant(scan.receivedAt(), formats.clinicZone());
        Optional<LocalDate> expiry = Optional.ofNullable(fields.get("17")).map(v -> Gs1Dates.parseYymmdd(v, today));
        Map<String, String> others = new LinkedHashMap<>(fields);
        others.keySet().removeAll(java.util.List.of("01", "17", "10", "21"));
        return new ProductScan(gtin, expiry, Optional.ofNullable(fields.get("10")),
                Optional.ofNullable(fields.get("21")), others, aim, scan.receivedAt(), scan.receivedNanos());
    }

    private static ScanRejected rejected(String reason, RawScan scan, Optional<AimId> aim) {
        String why = reason == null || reason.isBlank() ? UNREADABLE : reason;
        return new ScanRejected(why, scan.length(), aim, scan.receivedAt(), scan.receivedNanos());
    }
}
