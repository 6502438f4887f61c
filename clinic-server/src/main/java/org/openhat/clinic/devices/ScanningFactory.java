package org.openhat.clinic.devices;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.ZoneId;
import org.openhat.devices.scanner.GsrnLayout;
import org.openhat.devices.scanner.ScanDecoder;
import org.openhat.devices.scanner.ScanFormats;

/**
 * The identifier formats every scanner decodes (docs/devices.md). The NHS GS1 company prefix of
 * wristbands must come from DCB1077; empty accepts any issuer.
 */
public class ScanningFactory {
    @NotNull
    @Pattern(regexp = "([0-9]{7})?", message = "must be empty or 7 digits")
    private String nhsCompanyPrefix = "";

    @NotEmpty
    private String clinicCardPrefix = ScanFormats.DEFAULT_CLINIC_CARD_PREFIX;

    @NotEmpty
    private String staffBadgePrefix = ScanFormats.DEFAULT_STAFF_BADGE_PREFIX;

    @NotEmpty
    private String clinicZone = "Europe/London";

    @JsonProperty
    public void setNhsCompanyPrefix(String nhsCompanyPrefix) {
        this.nhsCompanyPrefix = nhsCompanyPrefix;
    }

    @JsonProperty
    public void setClinicCardPrefix(String clinicCardPrefix) {
        this.clinicCardPrefix = clinicCardPrefix;
    }

    @JsonProperty
    public void setStaffBadgePrefix(String staffBadgePrefix) {
        this.staffBadgePrefix = staffBadgePrefix;
    }

    @JsonProperty
    public void setClinicZone(String clinicZone) {
        this.clinicZone = clinicZone;
    }

    public ScanDecoder decoder() {
        return new ScanDecoder(new ScanFormats(GsrnLayout.nhsNumberBeforeCheckDigit(nhsCompanyPrefix),
                clinicCardPrefix, staffBadgePrefix, ScanFormats.DEFAULT_STAFF_ID, ZoneId.of(clinicZone)));
    }
}
