package org.openhat.clinic.core.register;

import java.time.Instant;

/** Whether a ledger still needs its end-of-session count, and what has moved since the session began. */
public record CountDue(long ledgerId, boolean due, Instant lastStockCheckAt, long movementsThisSession) {
}
