package org.openhat.devices.safe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.devices.serial.InMemoryPipe;
import org.openhat.devices.sim.SafeSimulator;
import org.openhat.devices.sim.SafeSimulatorSettings;
import org.openhat.devices.testing.Await;
import org.openhat.devices.testing.MutableClock;

class SafeLinkControllerTest {
    @TempDir
    Path dir;
    private final MutableClock simClock = MutableClock.at("2026-11-22T10:00:00Z");
    private final InMemorySafeEventStore store = new InMemorySafeEventStore();
    private final List<byte[]> hostToDevice = new CopyOnWriteArrayList<>();
    private final List<SafeStatus> statuses = new CopyOnWriteArrayList<>();
    private InMemoryPipe pipe;
    private SafeSimulator sim;
    private SafeLinkController controller;

    @BeforeEach
    void start() throws IOException {
        pipe = InMemoryPipe.create("safe", simClock);
        pipe.setHostToDeviceFilter(b -> {
            hostToDevice.add(b);
            return b;
        });
        sim = new SafeSimulator(pipe.deviceEnd(), simClock, dir.resolve("state"), SafeSimulatorSettings.standard());
        sim.start();
        controller = new SafeLinkController(pipe.hostEnd(), store, SafeLinkSettings.standard(), Clock.systemUTC());
        controller.addStatusListener(statuses::add);
        controller.start();
        Await.until("safe online", () -> controller.status().online());
    }

    @AfterEach
    void stop() {
        controller.close();
        sim.close();
    }

    @Test
    void unlockIsAcceptedAndEveryDoorEventIsStoredThenAcknowledged() throws Exception {
        List<SafeEvent> heard = new CopyOnWriteArrayList<>();
        controller.addEventListener(heard::add);
        assertThat(controller.unlock(1, 30, "N0042", "N0107").get(2, TimeUnit.SECONDS).accepted()).isTrue();
        sim.openDoor(1);
        sim.closeDoor(1);
        Await.until("4 events stored", () -> store.events().size() == 4);
        assertThat(store.events()).extracting(SafeEvent::kind).containsExactly(SafeEventCode.UNLOCKED,
                SafeEventCode.DOOR_OPENED, SafeEventCode.DOOR_CLOSED, SafeEventCode.LOCKED);
        Await.until("all acknowledged", () -> sim.unacknowledgedEvents().isEmpty());
        assertThat(heard).hasSize(4);
    }

    @Test
    void passesARefusalThrough() throws Exception {
        assertThat(controller.unlock(1, 30, "N0042", "n0042").get(2, TimeUnit.SECONDS))
                .isEqualTo(new SafeCommandResult.Refused(NakReason.TWO_PERSON_RULE));
    }

    @Test
    void resendsALostCommandWithTheSameSeq() throws Exception {
        AtomicInteger unlockFrames = new AtomicInteger();
        pipe.setHostToDeviceFilter(b -> {
            hostToDevice.add(b);
            boolean unlock = (b[3] & 0xFF) == SafeMessageType.UNLOCK;
            return unlock && unlockFrames.incrementAndGet() == 1 ? null : b; // the first copy is lost
        });
        assertThat(controller.unlock(1, 30, "N0042", "N0107").get(3, TimeUnit.SECONDS).accepted()).isTrue();
        List<byte[]> unlocks = hostToDevice.stream().filter(b -> (b[3] & 0xFF) == SafeMessageType.UNLOCK).toList();
        assertThat(unlocks).hasSize(2);
        assertThat(unlocks.get(0)).isEqualTo(unlocks.get(1));
    }

    @Test
    void aLostAckMakesTheHostRetryButTheSafeUnlocksOnlyOnce() throws Exception {
        AtomicInteger acksDropped = new AtomicInteger();
        pipe.setDeviceToHostFilter(b -> (b[3] & 0xFF) == SafeMessageType.ACK && acksDropped.getAndIncrement() == 0 ? null : b);
        assertThat(controller.unlock(1, 30, "N0042", "N0107").get(3, TimeUnit.SECONDS).accepted()).isTrue();
        assertThat(sim.events()).extracting(SafeEvent::kind).containsExactly(SafeEventCode.UNLOCKED);
    }

    @Test
    void givesUpAfterThreeRetriesWithNoReply() throws Exception {
        pipe.setHostToDeviceFilter(b -> null);
        SafeCommandResult r = controller.unlock(1, 30, "N0042", "N0107").get(3, TimeUnit.SECONDS);
        assertThat(r).isEqualTo(new SafeCommandResult.NoReply(4));
    }

    @Test
    void goesOfflineAfterThreeMissedRepliesAndCatchesUpWhenTheSafeAnswersAgain() {
        pipe.setDeviceToHostFilter(b -> null);
        Await.until("offline", Duration.ofSeconds(6), () -> !controller.status().online());
        sim.forceOpen(1); // logged while the host hears nothing
        pipe.setDeviceToHostFilter(b -> b);
        Await.until("online again", Duration.ofSeconds(4), () -> controller.status().online());
        Await.until("forced open stored", () -> store.events().stream().anyMatch(e -> e.kind() == SafeEventCode.FORCED_OPEN));
        Await.until("tamper shown", Duration.ofSeconds(3), () -> controller.status().tamper());
    }

    @Test
    void asksForEventsSinceTheLastStoredOneAfterAReconnect() {
        sim.tamper();
        Await.until("event 1 stored", () -> store.lastStoredEventNumber() == 1);
        pipe.disconnect();
        Await.until("offline", () -> !controller.status().online());
        sim.forceOpen(2); // the safe cannot send it; no resend either, because its clock stands still
        pipe.reconnect();
        Await.until("event 2 recovered", () -> store.lastStoredEventNumber() == 2);
        assertThat(hostToDevice).anyMatch(b -> (b[3] & 0xFF) == SafeMessageType.EVENTS_SINCE
                && SafePayloads.parseEventNumber(java.util.Arrays.copyOfRange(b, 4, 8)) == 1);
    }

    @Test
    void anEventIsAcknowledgedOnlyAfterItIsStored() throws Exception {
        controller.close();
        AtomicInteger failures = new AtomicInteger(2);
        SafeEventStore flaky = new SafeEventStore() {
            @Override
            public long lastStoredEventNumber() {
                return store.lastStoredEventNumber();
            }

            @Override
            public Stored store(SafeEvent e) {
                if (failures.getAndDecrement() > 0) {
                    throw new IllegalStateException("database unavailable");
                }
                return store.store(e);
            }

            @Override
            public void numberingRestarted(NumberingRestart restart) {
                store.numberingRestarted(restart);
            }
        };
        InMemoryPipe fresh = InMemoryPipe.create("safe-2", simClock);
        sim.close();
        sim = new SafeSimulator(fresh.deviceEnd(), simClock, dir.resolve("state2"), SafeSimulatorSettings.standard());
        sim.start();
        controller = new SafeLinkController(fresh.hostEnd(), flaky, SafeLinkSettings.standard(), Clock.systemUTC());
        controller.start();
        Await.until("online", () -> controller.status().online());
        sim.tamper();
        // the host received the event and failed to store it: the safe still waits for its acknowledgement
        Await.until("the first store attempt failed", () -> failures.get() < 2);
        assertThat(store.events()).isEmpty();
        assertThat(sim.unacknowledgedEvents()).hasSize(1);
        Await.until("stored after the safe resent it", () -> {
            simClock.advance(Duration.ofSeconds(2));
            sim.tick();
            return !store.events().isEmpty();
        });
        Await.until("acknowledged", () -> sim.unacknowledgedEvents().isEmpty());
    }

    @Test
    void refusesToQueueCommandsWhileTheLinkIsDown() throws Exception {
        pipe.disconnect();
        Await.until("offline", () -> !controller.status().online());
        assertThat(controller.unlock(1, 30, "N0042", "N0107").get(1, TimeUnit.SECONDS))
                .isInstanceOf(SafeCommandResult.NotSent.class);
    }

    @Test
    void reportsStatusChangesToListeners() throws Exception {
        controller.unlock(1, 30, "N0042", "N0107").get(2, TimeUnit.SECONDS);
        controller.requestStatus().get(2, TimeUnit.SECONDS);
        assertThat(controller.status().unlocked()).isTrue();
        assertThat(statuses).anyMatch(SafeStatus::online);
        assertThat(statuses).anyMatch(SafeStatus::unlocked);
    }
}
