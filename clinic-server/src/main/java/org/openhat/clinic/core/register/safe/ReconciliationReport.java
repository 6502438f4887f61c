package org.openhat.clinic.core.register.safe;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Safe against register over a period: door openings with no register entry, entries that needed
 * the safe with no opening, and the safe's own alarms. Each of them is also an alert, in time
 * order, so nothing that needs explaining can sit in a list without being raised.
 */
public record ReconciliationReport(Instant from, Instant to, Duration window, int doorOpenings, int entriesNeedingSafe,
                                   List<DoorOpening> openingsWithoutEntry,
                                   List<EntryNeedingSafe> entriesWithoutOpening, List<SafeEvent> safeAlarms,
                                   List<ReconciliationAlert> alerts) {

    static ReconciliationReport of(Instant from, Instant to, Duration window, int doorOpenings, int entriesNeedingSafe,
                                   List<DoorOpening> idle, List<EntryNeedingSafe> unmatched, List<SafeEvent> alarms) {
        List<ReconciliationAlert> alerts = Stream.of(
                        unmatched.stream().map(ReconciliationAlert::of),
                        idle.stream().map(ReconciliationAlert::of),
                        alarms.stream().map(ReconciliationAlert::of))
                .flatMap(s -> s).sorted(Comparator.comparing(ReconciliationAlert::at)).toList();
        return new ReconciliationReport(from, to, window, doorOpenings, entriesNeedingSafe, idle, unmatched, alarms,
                alerts);
    }

    public boolean clean() {
        return alerts.isEmpty();
    }
}
