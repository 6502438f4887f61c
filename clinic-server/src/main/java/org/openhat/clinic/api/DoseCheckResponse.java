package org.openhat.clinic.api;

import java.math.BigDecimal;
import java.util.List;
import org.openhat.clinic.core.dosing.DoseCheckOutcome;

/**
 * The verdict for the nurse. {@code doNotAdminister} is the one flag a screen must honour:
 * true for WITHHOLD and REFER_TO_PRESCRIBER, and for every check that could not be completed.
 */
public record DoseCheckResponse(String verdict, boolean doNotAdminister, BigDecimal maxAllowedMg,
                                int observationMinutes, List<FindingView> findings) {
    public static DoseCheckResponse of(DoseCheckOutcome o) {
        return new DoseCheckResponse(o.verdict().name(), !o.allowsDose(), o.maxAllowed().toBigDecimal(),
                o.observationMinutes(), o.findings().stream().map(FindingView::of).toList());
    }
}
