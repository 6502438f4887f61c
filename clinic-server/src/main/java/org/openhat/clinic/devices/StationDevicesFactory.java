package org.openhat.clinic.devices;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;

/** The devices of one kiosk station; either may be left out. */
public class StationDevicesFactory {
    @Valid
    private ScannerFactory scanner;

    @Valid
    private SafeFactory safe;

    @JsonProperty
    public ScannerFactory getScanner() {
        return scanner;
    }

    @JsonProperty
    public void setScanner(ScannerFactory scanner) {
        this.scanner = scanner;
    }

    @JsonProperty
    public SafeFactory getSafe() {
        return safe;
    }

    @JsonProperty
    public void setSafe(SafeFactory safe) {
        this.safe = safe;
    }
}
