package org.openhat.clinic.core.register.safe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openhat.devices.safe.SafeEventCode;

/**
 * Matches door openings to register entries. An entry carrying the unlock's request reference
 * matches the opening with that reference; otherwise (or if no opening has it) an entry matches
 * an opening at its station (any station if it names none) when its time falls within the
 * opening, widened by the window on both sides. One opening may serve several entries (a count
 * and a dose); each entry needs one opening.
 */
public final class SafeReconciliation {
    /**
     * Worth a pharmacist's attention whatever the register says: a door forced or held open,
     * tampering, and any code this server does not know (the safe said something it cannot read).
     */
    private static final Set<SafeEventCode> ALERTS = EnumSet.of(SafeEventCode.FORCED_OPEN, SafeEventCode.HELD_OPEN,
            SafeEventCode.TAMPER, SafeEventCode.UNKNOWN);

    private SafeReconciliation() {
    }

    public static ReconciliationReport reconcile(List<SafeEvent> events, List<EntryNeedingSafe> entries,
                                                 Instant from, Instant to, Duration window) {
        List<DoorOpening> openings = openings(events, window).stream()
                .filter(o -> !o.openedAt().isBefore(from) && o.openedAt().isBefore(to)).toList();
        Set<DoorOpening> used = new LinkedHashSet<>();
        List<EntryNeedingSafe> unmatched = new ArrayList<>();
        for (EntryNeedingSafe entry : entries) {
            Optional<DoorOpening> match = byReference(openings, entry).or(() -> byTime(openings, entry, window));
            match.ifPresentOrElse(used::add, () -> unmatched.add(entry));
        }
        List<DoorOpening> idle = openings.stream().filter(o -> !used.contains(o)).toList();
        List<SafeEvent> alerts = events.stream().filter(e -> ALERTS.contains(e.code()))
                .filter(e -> !e.safeTime().isBefore(from) && e.safeTime().isBefore(to)).toList();
        return ReconciliationReport.of(from, to, window, openings.size(), entries.size(), idle, unmatched, alerts);
    }

    /** Pairs each opening with its unlock's reference and the closing that ended it. */
    static List<DoorOpening> openings(List<SafeEvent> events, Duration window) {
        List<SafeEvent> ordered = events.stream()
                .sorted(Comparator.comparing(SafeEvent::stationCode).thenComparingInt(SafeEvent::numbering)
                        .thenComparingLong(SafeEvent::safeEventNumber))
                .toList();
        Map<String, String> lastUnlockRef = new HashMap<>();
        Map<String, DoorOpening> open = new HashMap<>();
        List<DoorOpening> openings = new ArrayList<>();
        for (SafeEvent e : ordered) {
            String door = e.stationCode() + "#" + e.compartment();
            if (e.code() == SafeEventCode.UNLOCKED) {
                lastUnlockRef.put(door, e.requestRef());
            } else if (e.code() == SafeEventCode.DOOR_OPENED || e.code() == SafeEventCode.FORCED_OPEN) {
                String ref = e.requestRef() != null ? e.requestRef()
                        : e.code() == SafeEventCode.FORCED_OPEN ? null : lastUnlockRef.remove(door);
                open.put(door, new DoorOpening(e.stationCode(), e.compartment(), e.safeEventNumber(), e.code(),
                        e.safeTime(), null, e.operator(), ref));
            } else if (e.code() == SafeEventCode.DOOR_CLOSED && open.containsKey(door)) {
                DoorOpening o = open.remove(door);
                openings.add(closed(o, e.safeTime()));
            }
        }
        open.values().forEach(o -> openings.add(closed(o, o.openedAt().plus(window))));
        openings.sort(Comparator.comparing(DoorOpening::openedAt));
        return openings;
    }

    private static DoorOpening closed(DoorOpening o, Instant closedAt) {
        return new DoorOpening(o.stationCode(), o.compartment(), o.safeEventNumber(), o.code(), o.openedAt(), closedAt,
                o.operator(), o.requestRef());
    }

    private static Optional<DoorOpening> byReference(List<DoorOpening> openings, EntryNeedingSafe entry) {
        if (entry.safeRequestRef() == null) {
            return Optional.empty();
        }
        return openings.stream().filter(o -> entry.safeRequestRef().equals(o.requestRef())).findFirst();
    }

    private static Optional<DoorOpening> byTime(List<DoorOpening> openings, EntryNeedingSafe entry, Duration window) {
        return openings.stream()
                .filter(o -> entry.stationCode() == null || entry.stationCode().equals(o.stationCode()))
                .filter(o -> !entry.occurredAt().isBefore(o.openedAt().minus(window))
                        && !entry.occurredAt().isAfter(o.closedAt().plus(window)))
                .min(Comparator.comparing(o -> Duration.between(o.openedAt(), entry.occurredAt()).abs()));
    }
}
