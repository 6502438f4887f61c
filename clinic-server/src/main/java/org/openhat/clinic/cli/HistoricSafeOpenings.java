package org.openhat.clinic.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.openhat.clinic.core.stations.SafePurpose;
import org.openhat.clinic.core.stations.SafeRequestResult;
import org.openhat.clinic.db.SafeEventDao;
import org.openhat.clinic.db.SafeRequestDao;
import org.openhat.clinic.db.StoredSafeEventCode;
import org.openhat.clinic.db.Transactor;
import org.openhat.devices.safe.SafeEvent;
import org.openhat.devices.sim.PastOpenings;

/**
 * The safe openings the invented doses came out of, so the seeded register reconciles with the
 * safes' logs as a real one does: for each dose (and each delivery), two minutes before it, an
 * unlock request by the nurse with her witness that the safe accepted, and the opening the nurse at the door made (the
 * same events, numbers and request reference in the simulated safe's own log and in the
 * clinic's). Only kiosks whose safe is simulated have a log to write; a real safe's past cannot
 * be invented, so doses at such a kiosk name no opening.
 */
final class HistoricSafeOpenings {
    static final Duration BEFORE_THE_DOSE = Duration.ofMinutes(2);
    private static final Duration DOOR_OPENS_AFTER = Duration.ofSeconds(2);
    private static final Duration DOOR_CLOSES_AFTER = Duration.ofSeconds(8);
    private static final int COMPARTMENT = 1;
    /** A clinic's first numbering of a safe's events (JdbiSafeEventStore starts at 1). */
    private static final int FIRST_NUMBERING = 1;

    private final Map<String, PastOpenings> logs;
    private final Map<Long, String> badges;
    private int made;

    private HistoricSafeOpenings(Map<String, PastOpenings> logs, Map<Long, String> badges) {
        this.logs = logs;
        this.badges = badges;
    }

    /**
     * Starts the log of each simulated safe; {@code stateFiles} names a station's log, or nothing
     * for a real safe. A log left from an earlier demo clinic (its database deleted) is moved aside:
     * it belongs to a clinic that no longer exists.
     */
    static HistoricSafeOpenings start(List<String> stations, Function<String, Optional<Path>> stateFiles,
                                      Map<Long, String> badges, Instant now) {
        Map<String, PastOpenings> logs = new HashMap<>();
        for (String station : stations) {
            stateFiles.apply(station).ifPresent(file -> logs.put(station, newLog(file, now)));
        }
        return new HistoricSafeOpenings(logs, badges);
    }

    private static PastOpenings newLog(Path file, Instant now) {
        try {
            if (Files.exists(file)) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".before-" + now.getEpochSecond()));
            }
            return PastOpenings.newLog(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the simulated safe's log " + file, e);
        }
    }

    /** The reference of the opening a dose at {@code doseAt} came out of; null where the safe is real. */
    String openFor(Transactor.Tx tx, String station, long nurse, long witness, Instant doseAt) {
        return open(tx, station, SafePurpose.DOSE, nurse, witness, doseAt.minus(BEFORE_THE_DOSE));
    }

    /** The opening a delivery was put away through, by the pharmacist with a nurse, just before it is entered. */
    String openForDelivery(Transactor.Tx tx, String station, long pharmacist, long nurse, Instant receivedAt) {
        return open(tx, station, SafePurpose.RECEIPT, pharmacist, nurse, receivedAt.minus(BEFORE_THE_DOSE));
    }

    private String open(Transactor.Tx tx, String station, SafePurpose purpose, long nurse, long witness,
                        Instant unlockedAt) {
        PastOpenings log = logs.get(station);
        if (log == null) {
            return null;
        }
        String ref = "demo-" + station + "-" + (++made);
        SafeRequestDao requests = tx.dao(SafeRequestDao.class);
        requests.insert(ref, station, purpose.name(), COMPARTMENT, null, nurse, witness, badges.get(nurse),
                badges.get(witness), unlockedAt);
        requests.answer(ref, SafeRequestResult.ACCEPTED.name(), null, unlockedAt);
        SafeEventDao events = tx.dao(SafeEventDao.class);
        for (SafeEvent e : log.opening(unlockedAt, COMPARTMENT, badges.get(nurse), DOOR_OPENS_AFTER, DOOR_CLOSES_AFTER)) {
            events.insertIfAbsent(station, FIRST_NUMBERING, e.number(), e.safeTime(), e.safeTime(),
                    StoredSafeEventCode.of(e), e.compartment(), e.operator(), ref);
        }
        return ref;
    }
}
