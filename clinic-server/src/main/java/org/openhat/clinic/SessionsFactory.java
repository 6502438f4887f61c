package org.openhat.clinic;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.openhat.clinic.core.staff.SessionPolicy;

/** Session lengths and sign-in lock-outs, as configured; defaults are the clinic's policy. */
public class SessionsFactory {
    @NotNull
    private Duration kioskIdle = Duration.minutes(2);
    @NotNull
    private Duration officeIdle = Duration.minutes(15);
    @NotNull
    private Duration officeMaximum = Duration.hours(12);
    @Min(1)
    @Max(20)
    private int badgeLockAfterWrongPins = 5;
    @Min(1)
    @Max(20)
    private int passwordSlowdownAfter = 3;
    @Min(1)
    @Max(50)
    private int passwordLockAfter = 10;

    @JsonProperty
    public void setKioskIdle(Duration kioskIdle) {
        this.kioskIdle = kioskIdle;
    }

    @JsonProperty
    public void setOfficeIdle(Duration officeIdle) {
        this.officeIdle = officeIdle;
    }

    @JsonProperty
    public void setOfficeMaximum(Duration officeMaximum) {
        this.officeMaximum = officeMaximum;
    }

    @JsonProperty
    public void setBadgeLockAfterWrongPins(int badgeLockAfterWrongPins) {
        this.badgeLockAfterWrongPins = badgeLockAfterWrongPins;
    }

    @JsonProperty
    public void setPasswordSlowdownAfter(int passwordSlowdownAfter) {
        this.passwordSlowdownAfter = passwordSlowdownAfter;
    }

    @JsonProperty
    public void setPasswordLockAfter(int passwordLockAfter) {
        this.passwordLockAfter = passwordLockAfter;
    }

    public SessionPolicy build() {
        return new SessionPolicy(kioskIdle.toJavaDuration(), officeIdle.toJavaDuration(),
                officeMaximum.toJavaDuration(), badgeLockAfterWrongPins, passwordSlowdownAfter, passwordLockAfter);
    }
}
