package org.openhat.clinic.core.dosing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One rule's result: its verdict, the most it would allow (ALLOW_REDUCED only), a reason written
 * for the nurse and the figures it used, in the order it used them. A finding with verdict ALLOW is
 * an advisory: it is shown but does not stop the dose.
 */
public record Finding(RuleId rule, Verdict verdict, Milligrams maxDose, String reason, Map<String, String> figures) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        if ((verdict == Verdict.ALLOW_REDUCED) != (maxDose != null)) {
            throw new IllegalArgumentException("a maximum dose goes with ALLOW_REDUCED and only with it");
        }
        if (maxDose != null && maxDose.isZero()) {
            // a reduction to nothing is a withhold; saying so keeps the verdict honest
            throw new IllegalArgumentException("reduce to zero must be reported as WITHHOLD");
        }
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    public static Finding advisory(RuleId rule, String reason, Map<String, String> figures) {
        return new Finding(rule, Verdict.ALLOW, null, reason, figures);
    }

    public static Finding reduceTo(RuleId rule, Milligrams maxDose, String reason, Map<String, String> figures) {
        return new Finding(rule, Verdict.ALLOW_REDUCED, maxDose, reason, figures);
    }

    public static Finding withhold(RuleId rule, String reason, Map<String, String> figures) {
        return new Finding(rule, Verdict.WITHHOLD, null, reason, figures);
    }

    public static Finding refer(RuleId rule, String reason, Map<String, String> figures) {
        return new Finding(rule, Verdict.REFER_TO_PRESCRIBER, null, reason, figures);
    }

    public boolean isAdvisory() {
        return verdict == Verdict.ALLOW;
    }
}
