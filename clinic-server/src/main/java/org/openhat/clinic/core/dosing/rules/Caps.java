package org.openhat.clinic.core.dosing.rules;

import java.util.Map;
import java.util.Optional;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.RuleId;

/** The one way a ceiling turns into a finding, so every cap rule treats "nothing left" the same. */
final class Caps {

    private Caps() {
    }

    /** Nothing when the proposed dose is within the cap; reduce when above; withhold when the cap is zero. */
    static Optional<Finding> limit(RuleId rule, Milligrams cap, Milligrams proposed, String reason,
            Map<String, String> figures) {
        if (!proposed.isGreaterThan(cap)) {
            return Optional.empty();
        }
        return Optional.of(reduceOrWithhold(rule, cap, reason, figures));
    }

    /** Reduce to the cap, or withhold when nothing at all may be given. */
    static Finding reduceOrWithhold(RuleId rule, Milligrams cap, String reason, Map<String, String> figures) {
        if (cap.isZero()) {
            return Finding.withhold(rule, reason + " Nothing more may be given now.", figures);
        }
        return Finding.reduceTo(rule, cap, reason + " Give at most " + cap + ".", figures);
    }
}
