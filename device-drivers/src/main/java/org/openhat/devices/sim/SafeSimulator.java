package org.openhat.devices.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openhat.devices.safe.SafeEvent;
import org.openhat.devices.safe.SafeEventCode;
import org.openhat.devices.safe.SafeLinkCodec;
import org.openhat.devices.safe.SafeLinkDecoder;
import org.openhat.devices.safe.SafeLinkFrame;
import org.openhat.devices.safe.SafeMessageType;
import org.openhat.devices.safe.SafePayloads;
import org.openhat.devices.safe.SafePayloads.StatusReport;
import org.openhat.devices.serial.SerialLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A controlled-drug safe speaking Safe Link v1 on a {@link SerialLink}: the same bytes the
 * real controller would send. Time comes from the given {@link Clock} and moves only when
 * {@link #tick()} runs, so tests drive it; {@link #startTicking} runs it in real time.
 * Physical actions (open, close, force, tamper) are methods; with
 * {@link SafeSimulatorSettings#doorOpensAfter()} set, a simulated nurse opens and shuts each released
 * door on the ticks ({@link NurseAtTheSafe}).
 */
public final class SafeSimulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SafeSimulator.class);

    private final SerialLink link;
    private final Clock clock;
    private final SafeSimulatorSettings settings;
    private final SafeEventJournal journal;
    private final SafeDoorModel model;
    private final SafeLinkDecoder decoder = new SafeLinkDecoder();
    private final List<SafeEvent> outbox = new ArrayList<>();
    private final Map<Long, Instant> lastSent = new HashMap<>();
    private final SafeCommandHandler commands;
    private final NurseAtTheSafe nurse;
    private ScheduledExecutorService ticker;

    public SafeSimulator(SerialLink link, Clock clock, Path stateFile, SafeSimulatorSettings settings)
            throws IOException {
        this.link = link;
        this.clock = clock;
        this.settings = settings;
        this.journal = SafeEventJournal.open(stateFile);
        this.model = new SafeDoorModel(settings.compartments(), clock, settings.heldOpenLimit(), this::record,
                journal.tamper());
        this.commands = new SafeCommandHandler(model, journal, this::statusReport);
        this.nurse = settings.nurseWorksTheDoor()
                ? new NurseAtTheSafe(settings.doorOpensAfter(), settings.doorClosesAfter()) : null;
        decoder.setCorruptFrameListener(seq -> send(commands.badCrc(seq)));
    }

    /** Opens the line; a restarted simulator reports POWER_RESTORED and resends what is unacknowledged. */
    public synchronized void start() {
        link.setReceiver((bytes, at, nanos) -> onBytes(bytes));
        link.start();
        if (journal.existed()) {
            record(SafeEventCode.POWER_RESTORED, 0, "");
            flushOutbox();
        }
    }

    /** Runs {@link #tick()} on a daemon thread, for standalone and real-time use. */
    public synchronized void startTicking(Duration period) {
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "safe-sim-tick");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::tick, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Advances timers to the clock's current time and resends unacknowledged events that are due. */
    public synchronized void tick() {
        if (nurse != null) {
            nurse.due(clock.instant()).forEach(this::carryOut);
        }
        model.tick();
        flushOutbox();
        Instant now = clock.instant();
        for (SafeEvent e : journal.unacknowledged()) {
            Instant last = lastSent.get(e.number());
            if (last == null || !now.isBefore(last.plus(settings.resendInterval()))) {
                sendEvent(e);
            }
        }
    }

    /** She opens only a door the safe still releases: opening a locked one would be forcing it. */
    private void carryOut(NurseAtTheSafe.Intention step) {
        if (!step.open()) {
            model.closeDoor(step.compartment());
        } else if (model.released(step.compartment())) {
            model.openDoor(step.compartment());
        }
    }

    public synchronized void openDoor(int compartment) {
        model.openDoor(compartment);
        afterPhysicalAction();
    }

    public synchronized void closeDoor(int compartment) {
        model.closeDoor(compartment);
        afterPhysicalAction();
    }

    /** Prises a locked door open: FORCED_OPEN, then tamper lock-out until {@link #clearTamper()}. */
    public synchronized void forceOpen(int compartment) {
        openDoor(compartment);
    }

    public synchronized void tamper() {
        model.tamper();
        afterPhysicalAction();
    }

    /** Clearing tamper is done at the safe itself, never over the link. */
    public synchronized void clearTamper() {
        model.clearTamper();
        afterPhysicalAction();
    }

    public synchronized StatusReport statusReport() {
        return new StatusReport(model.anyReleased(), model.anyDoorOpen(), model.tampered(), journal.lastNumber());
    }

    /** Every event the safe has logged, in order. */
    public synchronized List<SafeEvent> events() {
        return journal.all();
    }

    public synchronized List<SafeEvent> unacknowledgedEvents() {
        return journal.unacknowledged();
    }

    /** Commands carried out, duplicates (same SEQ again) not counted. */
    public synchronized int commandsExecuted() {
        return commands.executedCount();
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        link.close();
    }

    private synchronized void onBytes(byte[] bytes) {
        decoder.feed(bytes, frame -> {
            List<byte[]> reply = commands.handle(frame);
            reply.forEach(this::send);
            markEventsSent(frame);
            flushOutbox();
        });
    }

    private void markEventsSent(SafeLinkFrame frame) {
        if (frame.type() == SafeMessageType.EVENTS_SINCE) {
            Instant now = clock.instant();
            journal.unacknowledged().forEach(e -> lastSent.put(e.number(), now));
        }
    }

    private void afterPhysicalAction() {
        flushOutbox();
    }

    /** Model events are logged at once but sent after the reply to the command that caused them. */
    private void record(SafeEventCode code, int compartment, String operator) {
        SafeEvent e = journal.append(clock.instant(), code, compartment, operator);
        LOG.info("Safe simulator event {} {} compartment {}", e.number(), code, compartment);
        outbox.add(e);
        if (nurse != null) {
            nurse.saw(code, compartment, clock.instant());
        }
    }

    private void flushOutbox() {
        journal.recordTamper(model.tampered());
        List<SafeEvent> due = new ArrayList<>(outbox);
        outbox.clear();
        due.forEach(this::sendEvent);
    }

    private void sendEvent(SafeEvent e) {
        lastSent.put(e.number(), clock.instant());
        send(SafeLinkCodec.encode(0, SafeMessageType.EVENT, SafePayloads.event(e)));
    }

    private void send(byte[] frame) {
        try {
            link.write(frame);
        } catch (IOException e) {
            LOG.debug("Safe simulator cannot send: {}", e.getMessage()); // resent on a later tick
        }
    }
}
