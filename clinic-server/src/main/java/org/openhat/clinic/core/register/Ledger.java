package org.openhat.clinic.core.register;

import java.time.Instant;

/** One page of the register: a drug in one form and strength, at one premises. */
public record Ledger(long id, String premises, long productId, String drug, String form, int strengthMg,
                     Instant openedAt, long openedBy) {

    /** The heading the regulations want at the top of each page. */
    public String heading() {
        return drug + " - " + form + " - " + strengthMg + " mg - premises " + premises;
    }
}
