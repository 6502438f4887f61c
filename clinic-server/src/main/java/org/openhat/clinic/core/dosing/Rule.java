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

    /**
     * Advisory rules that describe the dose about to be given (today's total with it, the opioid
     * load) run after the verdict is known, on {@link DoseContext#mayBeGiven()}: under a reduced or
     * blocked verdict a line about the proposed dose would contradict the banner above it. Such a
     * rule must only ever advise, since it cannot change the verdict it is told.
     */
    default boolean describesTheDoseGiven() {
        return false;
    }
}
