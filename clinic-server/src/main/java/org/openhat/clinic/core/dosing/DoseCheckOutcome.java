package org.openhat.clinic.core.dosing;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The engine's answer for one proposed dose.
 *
 * @param verdict            the most severe verdict of all findings (ALLOW when none blocks or reduces)
 * @param maxAllowed         the most the nurse may give now: the proposed dose for ALLOW, the smallest
 *                           cap of all reductions (never more than proposed) for ALLOW_REDUCED, and
 *                           zero whenever the dose is blocked
 * @param observationMinutes minutes of post-dose observation this dose needs; zero when blocked
 * @param findings           every rule that fired, blocking or advisory, in rule order
 */
public record DoseCheckOutcome(Verdict verdict, Milligrams maxAllowed, int observationMinutes, List<Finding> findings) {

    public DoseCheckOutcome {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(maxAllowed, "maxAllowed");
        findings = List.copyOf(findings);
    }

    /**
     * The answer when the engine cannot judge safely — a rule failed, the snapshot is broken, or the
     * server could not even build one (database timeout). Never ALLOW.
     */
    public static DoseCheckOutcome failClosed(RuleId rule, String why) {
        Finding finding = Finding.withhold(rule,
                "Do not administer: the safety check could not be completed (" + why + "). "
                        + "Fix the record or ask the clinical lead before dosing.",
                Map.of("problem", why));
        return new DoseCheckOutcome(Verdict.WITHHOLD, Milligrams.ZERO, 0, List.of(finding));
    }

    /** For the server when it cannot assemble a snapshot, e.g. the database timed out. */
    public static DoseCheckOutcome failClosed(String why) {
        return failClosed(RuleId.ENGINE_FAULT, why);
    }

    /** Worst verdict wins; reductions take the smallest cap, and never more than was proposed. */
    static DoseCheckOutcome combine(Milligrams proposed, List<Finding> findings, int observationMinutes) {
        Verdict verdict = Verdict.ALLOW;
        Milligrams cap = proposed;
        for (Finding finding : findings) {
            verdict = verdict.worse(finding.verdict());
            if (finding.verdict() == Verdict.ALLOW_REDUCED) {
                cap = cap.min(finding.maxDose());
            }
        }
        if (verdict.blocksDose()) {
            return new DoseCheckOutcome(verdict, Milligrams.ZERO, 0, findings);
        }
        return new DoseCheckOutcome(verdict, cap, observationMinutes, findings);
    }

    public boolean allowsDose() {
        return !verdict.blocksDose();
    }
}
