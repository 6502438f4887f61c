package org.openhat.devices.scanner;

import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier formats this clinic accepts besides medicine packs (docs/devices.md).
 *
 * @param wristband         layout of the NHS number in a GSRN wristband
 * @param clinicCardPrefix  the clinic patient card is this prefix + a 10-digit NHS number
 * @param staffBadgePrefix  a staff badge is this prefix + a staff number
 * @param staffIdPattern    what a staff number looks like
 * @param clinicZone        zone whose date decides the century of two-digit expiry years
 */
public record ScanFormats(GsrnLayout wristband, String clinicCardPrefix, String staffBadgePrefix,
                          Pattern staffIdPattern, ZoneId clinicZone) {

    public static final String DEFAULT_CLINIC_CARD_PREFIX = "OHP:";
    public static final String DEFAULT_STAFF_BADGE_PREFIX = "OHS:";
    public static final Pattern DEFAULT_STAFF_ID = Pattern.compile("[A-Z]{1,3}[0-9]{3,8}");

    public ScanFormats {
        Objects.requireNonNull(wristband, "wristband");
        if (clinicCardPrefix.isEmpty() || staffBadgePrefix.isEmpty()
                || clinicCardPrefix.startsWith(staffBadgePrefix) || staffBadgePrefix.startsWith(clinicCardPrefix)) {
            throw new IllegalArgumentException("card and badge prefixes must be non-empty and distinct");
        }
    }

    /** Default card and badge formats, clinic in Europe/London. */
    public static ScanFormats defaults(GsrnLayout wristband) {
        return new ScanFormats(wristband, DEFAULT_CLINIC_CARD_PREFIX, DEFAULT_STAFF_BADGE_PREFIX,
                DEFAULT_STAFF_ID, ZoneId.of("Europe/London"));
    }
}
