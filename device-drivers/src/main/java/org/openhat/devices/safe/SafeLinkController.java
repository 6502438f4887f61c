package org.openhat.devices.safe;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.openhat.devices.serial.LinkStatus;
import org.openhat.devices.serial.SerialLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host side of Safe Link v1 (safe-link-v1.md). One command on the line at a time; each
 * waits {@code replyTimeout} and is resent with the SAME SEQ up to {@code maxRetries} times.
 * Every event is stored before it is acknowledged. All state lives on one thread.
 */
public final class SafeLinkController implements SafeController {
    private static final Logger LOG = LoggerFactory.getLogger(SafeLinkController.class);

    private final SerialLink link;
    private final SafeLinkSettings settings;
    private final ScheduledExecutorService thread;
    private final SafeLinkDecoder decoder = new SafeLinkDecoder();
    private final SequenceNumbers seqs = new SequenceNumbers();
    private final Deque<PendingCommand> queue = new ArrayDeque<>();
    private final SafeStatusTracker tracker;
    private final SafeEventIntake intake;
    private PendingCommand inFlight;
    private ScheduledFuture<?> replyTimer;

    public SafeLinkController(SerialLink link, SafeEventStore store, SafeLinkSettings settings, Clock clock) {
        this.link = link;
        this.settings = settings;
        this.intake = new SafeEventIntake(store, link.name());
        this.tracker = new SafeStatusTracker(settings.missedRepliesForOffline(), clock, this::catchUp);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "safe-link-" + link.name());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void start() {
        link.setReceiver((bytes, at, nanos) -> post(() -> decoder.feed(bytes, this::onFrame)));
        link.addStatusListener((name, s) -> post(() -> onLinkStatus(s)));
        long ping = settings.pingInterval().toMillis();
        thread.scheduleAtFixedRate(this::pingTick, ping, ping, TimeUnit.MILLISECONDS);
        link.start();
    }

    @Override
    public CompletableFuture<SafeCommandResult> unlock(int compartment, int seconds, String operator, String witness) {
        if (compartment < 1 || compartment > 255 || seconds < 1 || seconds > 60) {
            throw new IllegalArgumentException("compartment is 1..255 and seconds 1..60");
        }
        byte[] payload = SafePayloads.unlock(new SafePayloads.UnlockRequest(compartment, seconds, operator, witness));
        return submit(new PendingCommand(SafeMessageType.UNLOCK, payload, true, true));
    }

    @Override
    public CompletableFuture<SafeCommandResult> lock(int compartment) {
        return submit(new PendingCommand(SafeMessageType.LOCK, SafePayloads.compartment(compartment), true, true));
    }

    @Override
    public CompletableFuture<SafeCommandResult> requestStatus() {
        return submit(new PendingCommand(SafeMessageType.GET_STATUS, new byte[0], true, true));
    }

    @Override
    public SafeStatus status() {
        return tracker.current();
    }

    @Override
    public void addEventListener(SafeEventListener listener) {
        intake.addListener(listener);
    }

    @Override
    public void addStatusListener(SafeStatusListener listener) {
        tracker.addListener(listener);
    }

    @Override
    public void close() {
        thread.shutdownNow();
        link.close();
    }

    /** Runs a task on the link thread; after {@link #close()} there is nothing left to do it for. */
    private void post(Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("Safe link closed; dropping a late task");
        }
    }

    private CompletableFuture<SafeCommandResult> submit(PendingCommand command) {
        if (thread.isShutdown()) {
            command.result.complete(new SafeCommandResult.NotSent("safe controller is closed"));
            return command.result;
        }
        post(() -> {
            if (command.fromCaller && link.status() != LinkStatus.CONNECTED) {
                command.result.complete(new SafeCommandResult.NotSent("safe link is not connected"));
                return;
            }
            queue.add(command);
            pump();
        });
        return command.result;
    }

    private void pump() {
        if (inFlight != null || queue.isEmpty() || link.status() != LinkStatus.CONNECTED) {
            return;
        }
        inFlight = queue.poll();
        inFlight.seq = seqs.next();
        inFlight.wire = SafeLinkCodec.encode(inFlight.seq, inFlight.type, inFlight.payload);
        transmit(inFlight);
    }

    private void transmit(PendingCommand command) {
        command.attempts++;
        try {
            link.write(command.wire);
        } catch (IOException e) {
            LOG.debug("Write to safe failed: {}", e.getMessage()); // the reply timer handles it
        }
        replyTimer = thread.schedule(() -> onTimeout(command), settings.replyTimeout().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void onTimeout(PendingCommand command) {
        if (command != inFlight) {
            return;
        }
        tracker.missedReply();
        if (command.retriable && command.attempts <= settings.maxRetries()) {
            LOG.debug("No reply to SEQ {}; resending (attempt {})", command.seq, command.attempts + 1);
            transmit(command);
        } else {
            finish(new SafeCommandResult.NoReply(command.attempts));
        }
    }

    private void finish(SafeCommandResult result) {
        if (replyTimer != null) {
            replyTimer.cancel(false);
        }
        PendingCommand done = inFlight;
        inFlight = null;
        done.result.complete(result);
        pump();
    }

    private void onFrame(SafeLinkFrame frame) {
        try {
            if (frame.seq() == 0 && frame.type() == SafeMessageType.EVENT) {
                onEvent(SafePayloads.parseEvent(frame.payload()));
            } else if (inFlight != null && frame.seq() == inFlight.seq) {
                onReply(frame);
            } else {
                LOG.debug("Ignoring {} (no command waits for it)", frame);
            }
        } catch (BadPayloadException e) {
            LOG.warn("Safe sent a malformed {}: {}", frame, e.getMessage());
        }
    }

    private void onReply(SafeLinkFrame frame) {
        switch (frame.type()) {
            case SafeMessageType.ACK -> {
                tracker.replyReceived(Optional.empty());
                finish(new SafeCommandResult.Accepted());
            }
            case SafeMessageType.STATUS -> {
                SafePayloads.StatusReport report = SafePayloads.parseStatus(frame.payload());
                // checked first, so that the catch-up of a safe coming online already asks from the new numbering
                boolean restarted = intake.checkSafesLastNumber(report.lastEventNumber());
                boolean wasOnline = tracker.current().online();
                tracker.replyReceived(Optional.of(report));
                finish(new SafeCommandResult.Accepted());
                if (restarted && wasOnline) {
                    catchUp(); // the new numbering's events, from its first
                }
            }
            case SafeMessageType.NAK -> onNak(SafePayloads.parseNak(frame.payload()));
            default -> LOG.warn("Unexpected reply type in {}", frame);
        }
    }

    private void onNak(NakReason reason) {
        tracker.replyReceived(Optional.empty());
        if (reason == NakReason.BAD_CRC && inFlight.retriable && inFlight.attempts <= settings.maxRetries()) {
            replyTimer.cancel(false);
            transmit(inFlight); // the safe got a damaged copy: same SEQ again
            return;
        }
        LOG.info("Safe refused command 0x{}: {}", Integer.toHexString(inFlight.type), reason);
        finish(new SafeCommandResult.Refused(reason));
    }

    private void onEvent(SafeEvent event) {
        if (!intake.accept(event, this::catchUp)) {
            return;
        }
        boolean ackQueued = queue.stream().anyMatch(c -> c.isEventAck(event.number()))
                || (inFlight != null && inFlight.isEventAck(event.number()));
        if (!ackQueued) {
            queue.add(new PendingCommand(SafeMessageType.EVENT_ACK, SafePayloads.eventNumber(event.number()),
                    false, true));
            pump();
        }
    }

    /** After every (re)connect: fetch whatever the safe logged while we could not hear it. */
    private void catchUp() {
        long since = intake.lastStoredEventNumber();
        LOG.info("Asking the safe for events after {}", since);
        queue.add(new PendingCommand(SafeMessageType.EVENTS_SINCE, SafePayloads.eventNumber(since), false, true));
        pump();
    }

    private void pingTick() {
        boolean pingWaiting = queue.stream().anyMatch(c -> c.type == SafeMessageType.PING)
                || (inFlight != null && inFlight.type == SafeMessageType.PING);
        if (link.status() == LinkStatus.CONNECTED && !pingWaiting) {
            queue.add(new PendingCommand(SafeMessageType.PING, new byte[0], false, false));
            pump();
        }
    }

    private void onLinkStatus(LinkStatus status) {
        if (status == LinkStatus.CONNECTED) {
            // GET_STATUS first: it is harmless if the safe takes its SEQ for a duplicate of
            // the previous session's last command, and it moves the SEQ on for the rest.
            queue.addFirst(new PendingCommand(SafeMessageType.GET_STATUS, new byte[0], false, true));
            pump();
            return;
        }
        tracker.linkDown();
        if (inFlight != null) {
            finish(new SafeCommandResult.NoReply(inFlight.attempts));
        }
        for (PendingCommand c : queue) {
            c.result.complete(new SafeCommandResult.NotSent("safe link went down"));
        }
        queue.clear();
        decoder.reset();
    }
}
