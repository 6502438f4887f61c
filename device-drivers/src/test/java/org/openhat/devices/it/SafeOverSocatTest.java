package org.openhat.devices.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.devices.safe.SafeEvent;
import org.openhat.devices.safe.SafeEventCode;
import org.openhat.devices.safe.SafeLinkController;
import org.openhat.devices.safe.SafeLinkSettings;
import org.openhat.devices.safe.SafeMessageType;
import org.openhat.devices.safe.SafePayloads;
import org.openhat.devices.serial.JSerialCommLink;
import org.openhat.devices.serial.LinkStatus;
import org.openhat.devices.serial.SerialSettings;
import org.openhat.devices.sim.SafeSimulator;
import org.openhat.devices.sim.SafeSimulatorSettings;
import org.openhat.devices.sim.SimulatorMain;
import org.openhat.devices.testing.Await;
import org.openhat.devices.testing.RawSafeHost;
import org.openhat.devices.testing.SocatPair;

/** The Safe Link host and the safe simulator over real ptys made by socat, through jSerialComm. */
class SafeOverSocatTest {
    @TempDir
    Path dir;

    @Test
    void unlockOverRealPtysProducesTheDoorEventsInTheHostStore() throws Exception {
        RecordingStore store = new RecordingStore();
        try (SocatPair socat = SocatPair.start(dir, "line");
             SafeSimulator sim = simulator(socat);
             SafeLinkController host = host(socat, store)) {
            Await.until("online", () -> host.status().online());
            assertThat(host.unlock(1, 30, "N0042", "N0107").get(3, TimeUnit.SECONDS).accepted()).isTrue();
            sim.openDoor(1);
            sim.closeDoor(1);
            Await.until("4 events", () -> store.events().size() == 4);
            assertThat(store.events()).extracting(SafeEvent::kind).containsExactly(SafeEventCode.UNLOCKED,
                    SafeEventCode.DOOR_OPENED, SafeEventCode.DOOR_CLOSED, SafeEventCode.LOCKED);
            Await.until("all acknowledged", () -> sim.unacknowledgedEvents().isEmpty());
        }
    }

    @Test
    void aDuplicateSeqOverRealPtysNeverUnlocksTwice() throws Exception {
        try (SocatPair socat = SocatPair.start(dir, "line");
             SafeSimulator sim = simulator(socat);
             JSerialCommLink hostLink = link(socat.hostPath())) {
            RawSafeHost host = new RawSafeHost(hostLink);
            hostLink.start();
            Await.until("host port open", () -> hostLink.status() == LinkStatus.CONNECTED);
            byte[] unlock = SafePayloads.unlock(new SafePayloads.UnlockRequest(2, 20, "N0042", "N0107"));
            host.send(42, SafeMessageType.UNLOCK, unlock);
            host.await(42, SafeMessageType.ACK);
            host.send(42, SafeMessageType.UNLOCK, unlock);
            host.send(42, SafeMessageType.UNLOCK, unlock);
            Await.until("three identical ACKs", () -> host.count(42, SafeMessageType.ACK) == 3);
            assertThat(sim.events()).extracting(SafeEvent::kind).containsExactly(SafeEventCode.UNLOCKED);
            assertThat(sim.commandsExecuted()).isEqualTo(1);
        }
    }

    @Test
    void hostReconnectsAfterTheSocatLinkIsRemovedAndRecreatedAndRecoversMissedEvents() throws Exception {
        RecordingStore store = new RecordingStore();
        try (SocatPair socat = SocatPair.start(dir, "line");
             SafeSimulator sim = simulator(socat);
             SafeLinkController host = host(socat, store)) {
            Await.until("online", () -> host.status().online());
            sim.tamper();
            Await.until("tamper stored", () -> store.events().size() == 1);

            socat.kill(); // both links vanish
            Await.until("offline", () -> !host.status().online());
            sim.forceOpen(2); // logged by the safe while nobody can hear it
            socat.restart(); // new ptys behind the same link names

            Await.until("online again", Duration.ofSeconds(8), () -> host.status().online());
            Await.until("forced open recovered", Duration.ofSeconds(5), () -> store.events().size() == 2);
            assertThat(store.events().get(1).kind()).isEqualTo(SafeEventCode.FORCED_OPEN);
            Await.until("acknowledged", () -> sim.unacknowledgedEvents().isEmpty());
            assertThat(store.storeCalls()).doesNotHaveDuplicates();
        }
    }

    @Test
    void aKilledAndRestartedSimulatorProcessIsCaughtUpWithEventsSinceAndNothingIsStoredTwice() throws Exception {
        RecordingStore store = new RecordingStore();
        Path state = dir.resolve("safe-state");
        try (SocatPair socat = SocatPair.start(dir, "line");
             SafeLinkController host = host(socat, store)) {
            SimulatorProcess first = SimulatorProcess.start(socat.devicePath(), state);
            Await.until("online", Duration.ofSeconds(10), () -> host.status().online());
            assertThat(host.unlock(1, 30, "N0042", "N0107").get(3, TimeUnit.SECONDS).accepted()).isTrue();
            Await.until("unlock stored", () -> store.events().size() == 1);

            store.setUnavailable(true); // the server's database is down: events are not acknowledged
            first.command("open 1");
            first.command("close 1");
            Thread.sleep(300);
            first.kill(); // SIGKILL: no chance to tidy up
            Await.until("offline", Duration.ofSeconds(6), () -> !host.status().online());
            store.setUnavailable(false);

            SimulatorProcess second = SimulatorProcess.start(socat.devicePath(), state);
            try {
                Await.until("online again", Duration.ofSeconds(10), () -> host.status().online());
                Await.until("events 1..5 stored", Duration.ofSeconds(6), () -> store.events().size() == 5);
            } finally {
                second.kill();
            }
        }
        assertThat(store.events()).extracting(SafeEvent::number).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(store.events()).extracting(SafeEvent::kind).containsExactly(SafeEventCode.UNLOCKED,
                SafeEventCode.DOOR_OPENED, SafeEventCode.DOOR_CLOSED, SafeEventCode.LOCKED,
                SafeEventCode.POWER_RESTORED);
        assertThat(store.storeCalls()).doesNotHaveDuplicates();
    }

    @Test
    void aReplacedControllerCountingFromOneAgainHasItsEventsStoredUnderANewNumbering() throws Exception {
        RecordingStore store = new RecordingStore();
        try (SocatPair socat = SocatPair.start(dir, "line");
             SafeLinkController host = host(socat, store)) {
            try (SafeSimulator old = simulator(socat, "old-controller")) {
                Await.until("online", () -> host.status().online());
                openAndClose(host, old, 1);
                old.tamper();
                Await.until("old events 1..5 stored", () -> store.events().size() == 5);
            }
            Await.until("offline while the controller is swapped", Duration.ofSeconds(6), () -> !host.status().online());
            try (SafeSimulator replacement = simulator(socat, "new-controller")) {
                Await.until("online again", Duration.ofSeconds(8), () -> host.status().online());
                openAndClose(host, replacement, 2);
                Await.until("the new controller's events 1..4 stored", () -> store.events().size() == 4);
                Await.until("all acknowledged", () -> replacement.unacknowledgedEvents().isEmpty());
                assertThat(store.events()).extracting(SafeEvent::number).containsExactly(1L, 2L, 3L, 4L);
                assertThat(store.events()).extracting(SafeEvent::compartment).containsOnly(2);
            }
        }
        assertThat(store.restarts()).singleElement().satisfies(r -> assertThat(r.lastStoredNumber()).isEqualTo(5));
    }

    private static void openAndClose(SafeLinkController host, SafeSimulator sim, int compartment) throws Exception {
        assertThat(host.unlock(compartment, 30, "N0042", "N0107").get(3, TimeUnit.SECONDS).accepted()).isTrue();
        sim.openDoor(compartment);
        sim.closeDoor(compartment);
    }

    private SafeSimulator simulator(SocatPair socat) throws IOException {
        return simulator(socat, "state");
    }

    private SafeSimulator simulator(SocatPair socat, String stateName) throws IOException {
        SafeSimulator sim = new SafeSimulator(link(socat.devicePath()), Clock.systemUTC(), dir.resolve(stateName),
                SafeSimulatorSettings.standard());
        sim.start();
        sim.startTicking(Duration.ofMillis(100));
        return sim;
    }

    private static SafeLinkController host(SocatPair socat, RecordingStore store) {
        SafeLinkController host = new SafeLinkController(link(socat.hostPath()), store, SafeLinkSettings.standard(),
                Clock.systemUTC());
        host.start();
        return host;
    }

    private static JSerialCommLink link(String path) {
        return new JSerialCommLink(SerialSettings.of(path, 19200).withReconnect(Duration.ofMillis(100),
                Duration.ofMillis(500)), Clock.systemUTC());
    }

    /** {@code SimulatorMain safe ...} in its own JVM, driven through stdin like a person at a terminal. */
    private static final class SimulatorProcess {
        private final Process process;
        private final Writer stdin;
        private final List<String> output = new CopyOnWriteArrayList<>();

        private SimulatorProcess(Process process) {
            this.process = process;
            this.stdin = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    r.lines().forEach(output::add);
                } catch (IOException e) {
                    // process gone
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        static SimulatorProcess start(String port, Path state) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                    SimulatorMain.class.getName(), "safe", "--port", port, "--state", state.toString())
                    .redirectErrorStream(true).start();
            SimulatorProcess sp = new SimulatorProcess(p);
            Await.until("simulator ready", Duration.ofSeconds(10), () -> sp.output.contains("safe simulator ready"));
            return sp;
        }

        void command(String line) throws IOException {
            stdin.write(line + "\n");
            stdin.flush();
            String verb = line.split(" ")[0];
            Await.until("simulator did " + line, () -> output.stream().anyMatch(o -> o.equals("ok " + verb)));
            output.removeIf(o -> o.equals("ok " + verb));
        }

        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
