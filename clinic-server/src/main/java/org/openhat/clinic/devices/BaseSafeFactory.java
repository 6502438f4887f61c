package org.openhat.clinic.devices;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** What every safe has, however it is reached. */
abstract class BaseSafeFactory implements SafeFactory {
    @Min(1)
    @Max(255)
    private int compartments = 4;

    @Min(1)
    @Max(60)
    private int unlockSeconds = 30;

    @JsonProperty
    @Override
    public int compartments() {
        return compartments;
    }

    @JsonProperty
    public void setCompartments(int compartments) {
        this.compartments = compartments;
    }

    @JsonProperty
    @Override
    public int unlockSeconds() {
        return unlockSeconds;
    }

    @JsonProperty
    public void setUnlockSeconds(int unlockSeconds) {
        this.unlockSeconds = unlockSeconds;
    }
}
