package org.openhat.clinic.core.dosing;

import java.util.Optional;

/**
 * One dose-safety rule: looks at the facts of one proposed dose and reports a finding, or nothing.
 * Rules are pure and independent; {@link DoseSafetyCheck} combines them.
 */
public interface Rule {

    Optional<Finding> check(DoseContext context);

    /**
     * Rules that read the prescription are skipped when none is in force: PRESCRIPTION_ACTIVE has
     * already refused the dose, and there is nothing for them to compare with.
     */
    default boolean needsPrescription() {
        return true;
    }
}
