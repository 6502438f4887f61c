package org.openhat.clinic.devices;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.ZoneId;
import org.openhat.devices.scanner.GsrnLayout;
import org.openhat.devices.scanner.ScanDecoder;
import org.openhat.devices.scanner.ScanFormats;

/**
 * The identifier formats every scanner decodes (docs/devices.md). The NHS GS1 company prefix of
 * wristbands must come from DCB1077; while it is empty, wristbands are refused unless
 * {@code acceptWristbandsFromAnyIssuer} says otherwise, because a GSRN from another issuer can hold
 * a valid NHS number that belongs to someone else.
 */
public class ScanningFactory {
    @NotNull
    @Pattern(regexp = "([0-9]{7})?", message = "must be empty or 7 digits")
    private String nhsCompanyPrefix = "";

    private boolean acceptWristbandsFromAnyIssuer;

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
    public void setAcceptWristbandsFromAnyIssuer(boolean acceptWristbandsFromAnyIssuer) {
        this.acceptWristbandsFromAnyIssuer = acceptWristbandsFromAnyIssuer;
    }

    @JsonIgnore
    @ValidationMethod(message = "name the NHS company prefix or accept wristbands from any issuer, not both")
    public boolean isOneWristbandIssuerRule() {
        return !(acceptWristbandsFromAnyIssuer && !nhsCompanyPrefix.isEmpty());
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
        GsrnLayout wristband = acceptWristbandsFromAnyIssuer ? GsrnLayout.anyIssuer()
                : GsrnLayout.nhsNumberBeforeCheckDigit(nhsCompanyPrefix);
        return new ScanDecoder(new ScanFormats(wristband,
                clinicCardPrefix, staffBadgePrefix, ScanFormats.DEFAULT_STAFF_ID, ZoneId.of(clinicZone)));
    }
}
