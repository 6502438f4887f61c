package org.openhat.clinic;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openhat.clinic.core.dispensing.DoseWitnessRule;
import org.openhat.clinic.core.staff.Role;

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

    /**
     * Who may witness a dose at the kiosk; the default and why are on {@link DoseWitnessRule}.
     * Nurses, pharmacists or prescribers only.
     */
    @NotEmpty
    private Set<Role> doseWitnessRoles = DoseWitnessRule.DEFAULT.roles();

    @JsonProperty
    public void setDoseWitnessRoles(Set<Role> doseWitnessRoles) {
        this.doseWitnessRoles = doseWitnessRoles;
    }

    @ValidationMethod(message = "doseWitnessRoles may name only NURSE, PHARMACIST and PRESCRIBER")
    @JsonIgnore
    public boolean isDoseWitnessRolesPractitioners() {
        return doseWitnessRoles == null || DoseWitnessRule.PRACTITIONERS.containsAll(doseWitnessRoles);
    }

    public DoseWitnessRule doseWitnessRule() {
        return new DoseWitnessRule(doseWitnessRoles);
    }

    @JsonProperty
    public void setSafeOpeningValidFor(Duration safeOpeningValidFor) {
        this.safeOpeningValidFor = safeOpeningValidFor;
    }

    public java.time.Duration safeOpeningValidFor() {
        return safeOpeningValidFor.toJavaDuration();
    }
}
