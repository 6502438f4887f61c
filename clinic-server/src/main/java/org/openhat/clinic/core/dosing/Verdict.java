package org.openhat.clinic.core.dosing;

/**
 * What the nurse may do, ordered from least to most severe; when rules disagree the most severe
 * wins. The two blocking verdicts differ in who acts next: after WITHHOLD the nurse may try again
 * later (e.g. once sedation has passed); after REFER_TO_PRESCRIBER nothing is given until a
 * prescriber has acted, so it is the more severe.
 */
public enum Verdict {
    ALLOW,
    ALLOW_REDUCED,
    WITHHOLD,
    REFER_TO_PRESCRIBER;

    public Verdict worse(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** True when no diamorphine may be given at all. */
    public boolean blocksDose() {
        return this == WITHHOLD || this == REFER_TO_PRESCRIBER;
    }
}
