package org.openhat.clinic.core.dispensing;

import org.openhat.clinic.core.dosing.DoseCheckOutcome;

/** The dose-safety check, run at the moment of recording, does not allow this dose. Nothing was written. */
public class DoseRefused extends RuntimeException {
    private final DoseCheckOutcome outcome;

    public DoseRefused(String message, DoseCheckOutcome outcome) {
        super(message);
        this.outcome = outcome;
    }

    public DoseCheckOutcome outcome() {
        return outcome;
    }
}
