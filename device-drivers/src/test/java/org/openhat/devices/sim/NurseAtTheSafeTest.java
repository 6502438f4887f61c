package org.openhat.devices.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhat.devices.safe.SafeMessageType.ACK;
import static org.openhat.devices.safe.SafeMessageType.EVENT;
import static org.openhat.devices.safe.SafeMessageType.UNLOCK;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.devices.safe.SafeEvent;
import org.openhat.devices.safe.SafeEventCode;
import org.openhat.devices.safe.SafePayloads;
import org.openhat.devices.safe.SafePayloads.UnlockRequest;
import org.openhat.devices.serial.InMemoryPipe;
import org.openhat.devices.testing.Await;
import org.openhat.devices.testing.MutableClock;
import org.openhat.devices.testing.RawSafeHost;

/**
 * A simulated safe with a nurse at it (door opens 2 s after the unlock, shuts 8 s after opening),
 * heard by a host over the real Safe Link codec on an in-memory line: the frames a server gets.
 */
class NurseAtTheSafeTest {
    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at("2026-12-08T09:00:00Z");
    private InMemoryPipe pipe;
    private RawSafeHost host;
    private SafeSimulator sim;

    @BeforeEach
    void start() throws IOException {
        pipe = InMemoryPipe.create("safe", clock);
        host = new RawSafeHost(pipe.hostEnd());
        pipe.hostEnd().start();
        sim = new SafeSimulator(pipe.deviceEnd(), clock, dir.resolve("safe-state"), SafeSimulatorSettings.standard()
                .withNurseAtTheDoor(Duration.ofSeconds(2), Duration.ofSeconds(8)));
        sim.start();
    }

    @AfterEach
    void stop() {
        sim.close();
        pipe.hostEnd().close();
    }

    @Test
    void opensTheReleasedDoorAfterTwoSecondsAndShutsItEightSecondsLater() throws IOException {
        unlock(30);
        after(1);
        assertThat(logged()).containsExactly(SafeEventCode.UNLOCKED);
        after(1);
        assertThat(logged()).containsExactly(SafeEventCode.UNLOCKED, SafeEventCode.DOOR_OPENED);
        assertThat(sim.statusReport().doorOpen()).isTrue();
        after(7);
        assertThat(logged()).doesNotContain(SafeEventCode.DOOR_CLOSED);
        after(1);
        Await.until("the four events heard by the host", () -> eventsHeard().size() == 4);
        assertThat(eventsHeard()).containsExactly(SafeEventCode.UNLOCKED, SafeEventCode.DOOR_OPENED,
                SafeEventCode.DOOR_CLOSED, SafeEventCode.LOCKED);
        assertThat(sim.events()).allSatisfy(e -> assertThat(e.operator()).isEqualTo("N0042"));
        assertThat(sim.statusReport().doorOpen()).isFalse();
        assertThat(sim.statusReport().tamper()).isFalse();
    }

    @Test
    void neverOpensADoorWhoseUnlockHasRunOut() throws IOException {
        unlock(1);
        after(1);
        after(1);
        after(10);
        assertThat(logged()).containsExactly(SafeEventCode.UNLOCKED, SafeEventCode.UNLOCK_EXPIRED);
        assertThat(sim.statusReport().tamper()).isFalse();
    }

    @Test
    void withoutANurseTheDoorStaysShutUntilSomeoneOpensIt() throws IOException {
        sim.close();
        pipe.hostEnd().close();
        pipe = InMemoryPipe.create("safe-by-hand", clock);
        host = new RawSafeHost(pipe.hostEnd());
        pipe.hostEnd().start();
        sim = new SafeSimulator(pipe.deviceEnd(), clock, dir.resolve("by-hand"), SafeSimulatorSettings.standard());
        sim.start();
        unlock(30);
        after(10);
        assertThat(logged()).containsExactly(SafeEventCode.UNLOCKED);
    }

    @Test
    void refusesHalfADoorHabitOrADoorLeftOpenUntilItCountsAsHeldOpen() {
        SafeSimulatorSettings standard = SafeSimulatorSettings.standard();
        assertThatThrownBy(() -> new SafeSimulatorSettings(4, standard.heldOpenLimit(), standard.resendInterval(),
                Duration.ofSeconds(2), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> standard.withNurseAtTheDoor(Duration.ofSeconds(2), Duration.ofSeconds(120)))
                .hasMessageContaining("held open");
    }

    private void unlock(int seconds) throws IOException {
        host.send(1, UNLOCK, SafePayloads.unlock(new UnlockRequest(1, seconds, "N0042", "N0107")));
        host.await(1, ACK);
    }

    private void after(int seconds) {
        clock.advance(Duration.ofSeconds(seconds));
        sim.tick();
    }

    /** What the safe has logged, at once (the host hears it a moment later, on the line's own thread). */
    private List<SafeEventCode> logged() {
        return sim.events().stream().map(SafeEvent::kind).toList();
    }

    /** The event codes the host has decoded from EVENT frames, first sending of each. */
    private List<SafeEventCode> eventsHeard() {
        return host.received().stream().filter(f -> f.type() == EVENT)
                .map(f -> SafePayloads.parseEvent(f.payload())).map(SafeEvent::kind).distinct().toList();
    }
}
