package org.openhat.clinic.core.register.safe;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Safe against register over a period: door openings with no register entry, entries that needed
 * the safe with no opening, and the safe's alarms. Each is a discrepancy to explain.
 */
public record ReconciliationReport(Instant from, Instant to, Duration window, int doorOpenings, int entriesNeedingSafe,
                                   List<DoorOpening> openingsWithoutEntry,
                                   List<EntryNeedingSafe> entriesWithoutOpening, List<SafeEvent> alerts) {

    public boolean clean() {
        return openingsWithoutEntry.isEmpty() && entriesWithoutOpening.isEmpty() && alerts.isEmpty();
    }
}
