package org.openhat.devices.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.openhat.devices.safe.BadPayloadException;
import org.openhat.devices.safe.NakReason;
import org.openhat.devices.safe.SafeEvent;
import org.openhat.devices.safe.SafeLinkCodec;
import org.openhat.devices.safe.SafeLinkFrame;
import org.openhat.devices.safe.SafeMessageType;
import org.openhat.devices.safe.SafePayloads;
import org.openhat.devices.safe.SafePayloads.StatusReport;

/**
 * The safe's side of each host command, with duplicate detection: a frame carrying the
 * same SEQ as the previous command gets the previous reply again and is NOT executed.
 */
final class SafeCommandHandler {
    private final SafeDoorModel model;
    private final SafeEventJournal journal;
    private final Supplier<StatusReport> status;
    private int lastSeq = -1;
    private List<byte[]> lastReply = List.of();
    private int executed;

    SafeCommandHandler(SafeDoorModel model, SafeEventJournal journal, Supplier<StatusReport> status) {
        this.model = model;
        this.journal = journal;
        this.status = status;
    }

    /** Frames to send back, in order. */
    List<byte[]> handle(SafeLinkFrame frame) {
        if (frame.seq() == 0) {
            return List.of(); // SEQ 0 is the safe's own; a host never sends it
        }
        if (frame.seq() == lastSeq) {
            return lastReply;
        }
        List<byte[]> reply = execute(frame);
        lastSeq = frame.seq();
        lastReply = reply;
        executed++;
        return reply;
    }

    /** Commands executed (duplicates excluded); lets tests prove an unlock never ran twice. */
    int executedCount() {
        return executed;
    }

    byte[] badCrc(int claimedSeq) {
        return nak(claimedSeq, NakReason.BAD_CRC);
    }

    private List<byte[]> execute(SafeLinkFrame f) {
        int seq = f.seq();
        try {
            return switch (f.type()) {
                case SafeMessageType.PING, SafeMessageType.GET_STATUS -> List.of(statusFrame(seq, f));
                case SafeMessageType.UNLOCK -> List.of(outcome(seq, model.unlock(SafePayloads.parseUnlock(f.payload()))));
                case SafeMessageType.LOCK -> List.of(outcome(seq, model.lock(SafePayloads.parseCompartment(f.payload()))));
                case SafeMessageType.EVENTS_SINCE -> eventsSince(seq, SafePayloads.parseEventNumber(f.payload()));
                case SafeMessageType.EVENT_ACK -> {
                    journal.acknowledge(SafePayloads.parseEventNumber(f.payload()));
                    yield List.of(ack(seq));
                }
                default -> List.of(nak(seq, NakReason.UNKNOWN_COMMAND));
            };
        } catch (BadPayloadException e) {
            return List.of(nak(seq, NakReason.BAD_PAYLOAD));
        }
    }

    private byte[] statusFrame(int seq, SafeLinkFrame f) {
        if (f.payload().length != 0) {
            throw new BadPayloadException("PING and GET_STATUS have no payload");
        }
        return SafeLinkCodec.encode(seq, SafeMessageType.STATUS, SafePayloads.status(status.get()));
    }

    private List<byte[]> eventsSince(int seq, long number) {
        List<byte[]> frames = new ArrayList<>();
        for (SafeEvent e : journal.since(number)) {
            frames.add(SafeLinkCodec.encode(0, SafeMessageType.EVENT, SafePayloads.event(e)));
        }
        frames.add(ack(seq));
        return frames;
    }

    private static byte[] outcome(int seq, Optional<NakReason> refusal) {
        return refusal.map(r -> nak(seq, r)).orElseGet(() -> ack(seq));
    }

    private static byte[] ack(int seq) {
        return SafeLinkCodec.encode(seq, SafeMessageType.ACK, new byte[0]);
    }

    private static byte[] nak(int seq, NakReason reason) {
        return SafeLinkCodec.encode(seq, SafeMessageType.NAK, SafePayloads.nak(reason));
    }
}
