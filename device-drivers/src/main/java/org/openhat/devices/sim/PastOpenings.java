package org.openhat.devices.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openhat.devices.safe.SafeEvent;
import org.openhat.devices.safe.SafeEventCode;

/**
 * Writes into a simulated safe's own event log the openings it "made" before it first ran: a
 * demo's invented past. Each opening is what the nurse at the door makes (UNLOCKED, DOOR_OPENED,
 * DOOR_CLOSED, LOCKED), numbered by the safe and already acknowledged, as if a host had stored
 * every event; the host stores the same events under the same numbers, so when the simulator
 * starts both sides agree where the log ends.
 */
public final class PastOpenings {
    private final SafeEventJournal journal;

    private PastOpenings(SafeEventJournal journal) {
        this.journal = journal;
    }

    /** Starts the log of a safe that has never run; an existing log is never added to. */
    public static PastOpenings newLog(Path stateFile) throws IOException {
        if (Files.exists(stateFile)) {
            throw new IllegalStateException("the safe already has an event log: " + stateFile);
        }
        Files.createDirectories(stateFile.toAbsolutePath().getParent());
        return new PastOpenings(SafeEventJournal.open(stateFile));
    }

    /** One opening by {@code operator}, unlocked at {@code unlockedAt}; its four events in order. */
    public List<SafeEvent> opening(Instant unlockedAt, int compartment, String operator, Duration opensAfter,
                                   Duration closesAfter) {
        Instant opened = unlockedAt.plus(opensAfter);
        Instant closed = opened.plus(closesAfter);
        List<SafeEvent> events = List.of(
                journal.append(unlockedAt, SafeEventCode.UNLOCKED, compartment, operator),
                journal.append(opened, SafeEventCode.DOOR_OPENED, compartment, operator),
                journal.append(closed, SafeEventCode.DOOR_CLOSED, compartment, operator),
                journal.append(closed, SafeEventCode.LOCKED, compartment, operator));
        events.forEach(e -> journal.acknowledge(e.number()));
        return events;
    }
}
