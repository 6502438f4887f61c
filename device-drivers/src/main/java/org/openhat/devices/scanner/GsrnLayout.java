package org.openhat.devices.scanner;

import java.util.Objects;

/**
 * Where the NHS number sits inside a wristband GSRN (AI 8018, 18 digits). DCB1077 defines
 * it as NHS England's GS1 company prefix + NHS number + check digit; the public material
 * read did not give the prefix, so it is configuration (docs/devices.md), never a guess.
 * Without a prefix, wristbands are refused unless accepting any issuer was chosen explicitly:
 * about one random GSRN in eleven holds a valid NHS number, so another issuer's band would
 * read as some NHS patient.
 *
 * @param companyPrefix    digits the GSRN must start with; empty when no issuer is configured
 * @param nhsNumberOffset  index of the NHS number's first digit within the 18 digits
 * @param acceptAnyIssuer  read any issuer's GSRN as an NHS wristband (only with an empty prefix)
 */
public record GsrnLayout(String companyPrefix, int nhsNumberOffset, boolean acceptAnyIssuer) {
    public static final int GSRN_LENGTH = 18;

    public GsrnLayout {
        Objects.requireNonNull(companyPrefix, "companyPrefix");
        if (!companyPrefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("company prefix must be digits");
        }
        if (acceptAnyIssuer && !companyPrefix.isEmpty()) {
            throw new IllegalArgumentException("accept any issuer, or name the issuer's company prefix: not both");
        }
        if (nhsNumberOffset < companyPrefix.length() || nhsNumberOffset + 10 > GSRN_LENGTH - 1) {
            throw new IllegalArgumentException("NHS number must lie after the prefix and before the check digit");
        }
    }

    /** Prefix, then the NHS number in the ten digits just before the check digit; empty: wristbands are refused. */
    public static GsrnLayout nhsNumberBeforeCheckDigit(String companyPrefix) {
        return new GsrnLayout(companyPrefix, GSRN_LENGTH - 11, false);
    }

    /** The NHS number in the ten digits before the check digit, whoever issued the GSRN (an explicit choice). */
    public static GsrnLayout anyIssuer() {
        return new GsrnLayout("", GSRN_LENGTH - 11, true);
    }

    /** Whether a GSRN from this issuer may be read as an NHS wristband. */
    boolean accepts(String gsrn) {
        return acceptAnyIssuer || (!companyPrefix.isEmpty() && gsrn.startsWith(companyPrefix));
    }

    boolean issuerConfigured() {
        return acceptAnyIssuer || !companyPrefix.isEmpty();
    }
}
