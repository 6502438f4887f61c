package org.openhat.clinic;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/** Settings of the dosing flow at the kiosk that are not §7 dose-safety rules. */
public class DispensingFactory {
    /**
     * How long after the safe opened for a dose that dose may still be recorded against the
     * opening: long enough to draw up, give and watch the injection, short enough that an old
     * opening cannot stand in for a new one.
     */
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MINUTES)
    @MaxDuration(value = 2, unit = TimeUnit.HOURS)
    private Duration safeOpeningValidFor = Duration.minutes(30);

    @JsonProperty
    public void setSafeOpeningValidFor(Duration safeOpeningValidFor) {
        this.safeOpeningValidFor = safeOpeningValidFor;
    }

    public java.time.Duration safeOpeningValidFor() {
        return safeOpeningValidFor.toJavaDuration();
    }
}
