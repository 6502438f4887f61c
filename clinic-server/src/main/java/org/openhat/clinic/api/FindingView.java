package org.openhat.clinic.api;

import java.math.BigDecimal;
import java.util.Map;
import org.openhat.clinic.core.dosing.Finding;

/** One rule that fired: its id, what it means for the dose, a reason for the nurse and the figures it used. */
public record FindingView(String rule, String verdict, String reason, BigDecimal maxDoseMg, Map<String, String> figures) {
    public static FindingView of(Finding f) {
        return new FindingView(f.rule().name(), f.verdict().name(), f.reason(),
                f.maxDose() == null ? null : f.maxDose().toBigDecimal(), f.figures());
    }
}
