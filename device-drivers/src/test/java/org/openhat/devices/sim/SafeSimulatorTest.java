package org.openhat.devices.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhat.devices.safe.SafeMessageType.ACK;
import static org.openhat.devices.safe.SafeMessageType.EVENT;
import static org.openhat.devices.safe.SafeMessageType.EVENTS_SINCE;
import static org.openhat.devices.safe.SafeMessageType.EVENT_ACK;
import static org.openhat.devices.safe.SafeMessageType.GET_STATUS;
import static org.openhat.devices.safe.SafeMessageType.LOCK;
import static org.openhat.devices.safe.SafeMessageType.NAK;
import static org.openhat.devices.safe.SafeMessageType.STATUS;
import static org.openhat.devices.safe.SafeMessageType.UNLOCK;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.devices.safe.NakReason;
import org.openhat.devices.safe.SafeEvent;
import org.openhat.devices.safe.SafeEventCode;
import org.openhat.devices.safe.SafeLinkFrame;
import org.openhat.devices.safe.SafePayloads;
import org.openhat.devices.safe.SafePayloads.UnlockRequest;
import org.openhat.devices.serial.InMemoryPipe;
import org.openhat.devices.testing.Await;
import org.openhat.devices.testing.MutableClock;
import org.openhat.devices.testing.RawSafeHost;

class SafeSimulatorTest {
    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at("2026-11-22T10:00:00Z");
    private InMemoryPipe pipe;
    private SafeSimulator sim;
    private RawSafeHost host;
    private int seq;

    @BeforeEach
    void start() throws IOException {
        pipe = InMemoryPipe.create("safe", clock);
        host = new RawSafeHost(pipe.hostEnd());
        pipe.hostEnd().start();
        sim = newSimulator(pipe);
    }

    @AfterEach
    void stop() {
        sim.close();
        pipe.hostEnd().close();
    }

    private SafeSimulator newSimulator(InMemoryPipe p) throws IOException {
        SafeSimulator s = new SafeSimulator(p.deviceEnd(), clock, dir.resolve("safe-state"), SafeSimulatorSettings.standard());
        s.start();
        return s;
    }

    @Test
    void unlockThenOpenThenCloseLogsTheFullSequence() throws IOException {
        assertThat(unlock(1, 30, "N0042", "N0107")).isEqualTo(ACK);
        sim.openDoor(1);
        sim.closeDoor(1);
        assertThat(codes()).containsExactly(SafeEventCode.UNLOCKED, SafeEventCode.DOOR_OPENED,
                SafeEventCode.DOOR_CLOSED, SafeEventCode.LOCKED);
        assertThat(sim.events()).allSatisfy(e -> assertThat(e.operator()).isEqualTo("N0042"));
        assertThat(sim.events()).extracting(SafeEvent::number).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void sendsEachEventUnaskedWithSeqZeroAfterTheAck() throws IOException {
        unlock(1, 30, "N0042", "N0107");
        SafeLinkFrame event = host.await(0, EVENT);
        assertThat(SafePayloads.parseEvent(event.payload()).kind()).isEqualTo(SafeEventCode.UNLOCKED);
    }

    @Test
    void relocksWithUnlockExpiredWhenTheDoorIsNotOpenedInTime() throws IOException {
        unlock(2, 10, "N0042", "N0107");
        clock.advance(Duration.ofSeconds(9));
        sim.tick();
        assertThat(sim.statusReport().unlocked()).isTrue();
        clock.advance(Duration.ofSeconds(1));
        sim.tick();
        assertThat(codes()).containsExactly(SafeEventCode.UNLOCKED, SafeEventCode.UNLOCK_EXPIRED);
        assertThat(sim.statusReport().unlocked()).isFalse();
    }

    @Test
    void reportsHeldOpenOnceAfterOneHundredTwentySeconds() throws IOException {
        unlock(1, 30, "N0042", "N0107");
        sim.openDoor(1);
        clock.advance(Duration.ofSeconds(120));
        sim.tick();
        assertThat(codes()).doesNotContain(SafeEventCode.HELD_OPEN);
        clock.advance(Duration.ofSeconds(1));
        sim.tick();
        clock.advance(Duration.ofSeconds(60));
        sim.tick();
        assertThat(codes()).filteredOn(c -> c == SafeEventCode.HELD_OPEN).hasSize(1);
    }

    @Test
    void forcedOpenPutsTheSafeInTamperLockOutUntilClearedOnTheDevice() throws IOException {
        sim.forceOpen(3);
        assertThat(codes()).containsExactly(SafeEventCode.FORCED_OPEN);
        assertThat(sim.statusReport().tamper()).isTrue();
        sim.closeDoor(3);
        assertThat(nakReason(unlock(1, 30, "N0042", "N0107"))).isEqualTo(NakReason.TAMPER_LOCKOUT);
        sim.clearTamper();
        assertThat(unlock(1, 30, "N0042", "N0107")).isEqualTo(ACK);
    }

    @Test
    void tamperRaisesAnEventAndBlocksUnlocks() throws IOException {
        sim.tamper();
        assertThat(codes()).containsExactly(SafeEventCode.TAMPER);
        assertThat(nakReason(unlock(1, 30, "N0042", "N0107"))).isEqualTo(NakReason.TAMPER_LOCKOUT);
    }

    @Test
    void refusesCompartmentsOutOfRangeAndBadDurations() throws IOException {
        assertThat(nakReason(unlock(0, 30, "N0042", "N0107"))).isEqualTo(NakReason.BAD_PAYLOAD);
        assertThat(nakReason(unlock(5, 30, "N0042", "N0107"))).isEqualTo(NakReason.BAD_PAYLOAD);
        assertThat(nakReason(unlock(1, 61, "N0042", "N0107"))).isEqualTo(NakReason.BAD_PAYLOAD);
        assertThat(nakReason(unlock(1, 0, "N0042", "N0107"))).isEqualTo(NakReason.BAD_PAYLOAD);
    }

    @Test
    void refusesASecondUnlockOfAReleasedCompartmentWithBusy() throws IOException {
        unlock(1, 30, "N0042", "N0107");
        assertThat(nakReason(unlock(1, 30, "N0042", "N0107"))).isEqualTo(NakReason.BUSY);
    }

    @Test
    void refusesUnlockWhileTheDoorIsOpen() throws IOException {
        unlock(1, 30, "N0042", "N0107");
        sim.openDoor(1);
        assertThat(nakReason(unlock(1, 30, "N0042", "N0107"))).isEqualTo(NakReason.DOOR_ALREADY_OPEN);
    }

    @Test
    void twoPersonRuleIgnoresCaseAndSurroundingSpaces() throws IOException {
        assertThat(nakReason(unlock(1, 30, "N0042", " n0042 "))).isEqualTo(NakReason.TWO_PERSON_RULE);
        assertThat(nakReason(unlock(1, 30, "N0042", ""))).isEqualTo(NakReason.TWO_PERSON_RULE);
        assertThat(nakReason(unlock(1, 30, "  ", "N0107"))).isEqualTo(NakReason.TWO_PERSON_RULE);
        assertThat(sim.events()).isEmpty();
    }

    @Test
    void resendsSameReplyForDuplicateSeqWithoutUnlockingTwice() throws IOException {
        byte[] payload = SafePayloads.unlock(new UnlockRequest(1, 30, "N0042", "N0107"));
        host.send(7, UNLOCK, payload);
        host.await(7, ACK);
        host.send(7, UNLOCK, payload);
        Await.until("second ACK", () -> host.count(7, ACK) == 2);
        assertThat(codes()).containsExactly(SafeEventCode.UNLOCKED);
        assertThat(sim.commandsExecuted()).isEqualTo(1);
    }

    @Test
    void aNewSeqIsExecutedEvenWithTheSamePayload() throws IOException {
        unlock(1, 30, "N0042", "N0107");
        unlock(1, 30, "N0042", "N0107");
        // unlike a repeated SEQ, the second command was carried out (and refused as BUSY by the safe)
        assertThat(sim.commandsExecuted()).isEqualTo(2);
    }

    @Test
    void lockRelocksAReleasedCompartmentAndRefusesAnOpenDoor() throws IOException {
        unlock(1, 30, "N0042", "N0107");
        assertThat(command(LOCK, SafePayloads.compartment(1))).isEqualTo(ACK);
        assertThat(codes()).containsExactly(SafeEventCode.UNLOCKED, SafeEventCode.LOCKED);
        unlock(2, 30, "N0042", "N0107");
        sim.openDoor(2);
        int s = ++seq;
        host.send(s, LOCK, SafePayloads.compartment(2));
        assertThat(SafePayloads.parseNak(host.await(s, NAK).payload())).isEqualTo(NakReason.DOOR_ALREADY_OPEN);
    }

    @Test
    void answersUnknownCommandsAndBadPayloadsWithNak() throws IOException {
        int s = ++seq;
        host.send(s, 0x55, new byte[0]);
        assertThat(SafePayloads.parseNak(host.await(s, NAK).payload())).isEqualTo(NakReason.UNKNOWN_COMMAND);
        s = ++seq;
        host.send(s, UNLOCK, new byte[] {1});
        assertThat(SafePayloads.parseNak(host.await(s, NAK).payload())).isEqualTo(NakReason.BAD_PAYLOAD);
    }

    @Test
    void answersABadCrcWithNakOne() throws IOException {
        byte[] frame = org.openhat.devices.safe.SafeLinkCodec.encode(9, GET_STATUS, new byte[0]);
        frame[4] ^= 0x55;
        host.sendRaw(frame);
        assertThat(SafePayloads.parseNak(host.await(9, NAK).payload())).isEqualTo(NakReason.BAD_CRC);
    }

    @Test
    void statusReportsLockDoorTamperAndLastEventNumber() throws IOException {
        unlock(1, 30, "N0042", "N0107");
        sim.openDoor(1);
        int s = ++seq;
        host.send(s, GET_STATUS, new byte[0]);
        SafePayloads.StatusReport r = SafePayloads.parseStatus(host.await(s, STATUS).payload());
        assertThat(r).isEqualTo(new SafePayloads.StatusReport(true, true, false, 2));
    }

    @Test
    void resendsEachUnacknowledgedEventEveryTwoSecondsUntilAcked() throws IOException {
        unlock(1, 30, "N0042", "N0107");
        Await.until("first send", () -> host.count(0, EVENT) == 1);
        clock.advance(Duration.ofMillis(1999));
        sim.tick();
        clock.advance(Duration.ofMillis(1));
        sim.tick();
        Await.until("resend", () -> host.count(0, EVENT) == 2);
        assertThat(command(EVENT_ACK, SafePayloads.eventNumber(1))).isEqualTo(ACK);
        clock.advance(Duration.ofSeconds(10));
        sim.tick();
        assertThat(sim.unacknowledgedEvents()).isEmpty();
        assertThat(host.count(0, EVENT)).isEqualTo(2);
    }

    @Test
    void eventsSinceSendsEveryLaterEventThenAck() throws IOException {
        unlock(1, 30, "N0042", "N0107");
        sim.openDoor(1);
        sim.closeDoor(1);
        Await.until("4 events", () -> host.count(0, EVENT) == 4);
        host.clear();
        assertThat(command(EVENTS_SINCE, SafePayloads.eventNumber(2))).isEqualTo(ACK);
        List<Long> numbers = host.received().stream().filter(f -> f.type() == EVENT)
                .map(f -> SafePayloads.parseEvent(f.payload()).number()).toList();
        assertThat(numbers).containsExactly(3L, 4L);
    }

    @Test
    void aRestartedSimulatorContinuesNumberingAndStillHoldsUnackedEvents() throws IOException {
        unlock(1, 30, "N0042", "N0107");
        sim.forceOpen(2);
        command(EVENT_ACK, SafePayloads.eventNumber(1));
        sim.close();
        pipe.hostEnd().close();

        pipe = InMemoryPipe.create("safe-2", clock);
        host = new RawSafeHost(pipe.hostEnd());
        pipe.hostEnd().start();
        sim = newSimulator(pipe);
        assertThat(sim.events()).extracting(SafeEvent::number).containsExactly(1L, 2L, 3L);
        assertThat(sim.events().get(2).kind()).isEqualTo(SafeEventCode.POWER_RESTORED);
        assertThat(sim.unacknowledgedEvents()).extracting(SafeEvent::number).containsExactly(2L, 3L);
        assertThat(sim.statusReport().tamper()).as("tamper survives a restart").isTrue();
    }

    private int unlock(int compartment, int seconds, String operator, String witness) throws IOException {
        return command(UNLOCK, SafePayloads.unlock(new UnlockRequest(compartment, seconds, operator, witness)));
    }

    /** Sends a command with a fresh SEQ and returns the reply TYPE (ACK or NAK). */
    private int command(int type, byte[] payload) throws IOException {
        int s = ++seq;
        host.send(s, type, payload);
        Await.until("reply to SEQ " + s, () -> host.count(s, ACK) + host.count(s, NAK) > 0);
        return host.count(s, ACK) > 0 ? ACK : NAK;
    }

    private NakReason nakReason(int replyType) {
        assertThat(replyType).isEqualTo(NAK);
        return SafePayloads.parseNak(host.await(seq, NAK).payload());
    }

    private List<SafeEventCode> codes() {
        return sim.events().stream().map(SafeEvent::kind).toList();
    }
}
