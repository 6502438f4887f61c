package org.openhat.devices.scanner;

import java.util.Objects;

/**
 * Where the NHS number sits inside a wristband GSRN (AI 8018, 18 digits). DCB1077 defines
 * it as NHS England's GS1 company prefix + NHS number + check digit; the public material
 * read did not give the prefix, so it is configuration (docs/devices.md), never a guess.
 *
 * @param companyPrefix   digits the GSRN must start with; empty accepts any issuer
 * @param nhsNumberOffset index of the NHS number's first digit within the 18 digits
 */
public record GsrnLayout(String companyPrefix, int nhsNumberOffset) {
    public static final int GSRN_LENGTH = 18;

    public GsrnLayout {
        Objects.requireNonNull(companyPrefix, "companyPrefix");
        if (!companyPrefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("company prefix must be digits");
        }
        if (nhsNumberOffset < companyPrefix.length() || nhsNumberOffset + 10 > GSRN_LENGTH - 1) {
            throw new IllegalArgumentException("NHS number must lie after the prefix and before the check digit");
        }
    }

    /** Prefix, then the NHS number in the ten digits just before the check digit. */
    public static GsrnLayout nhsNumberBeforeCheckDigit(String companyPrefix) {
        return new GsrnLayout(companyPrefix, GSRN_LENGTH - 11);
    }
}
