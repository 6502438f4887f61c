package org.openhat.clinic.devices;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.codahale.metrics.health.HealthCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.api.SafeStatusView;
import org.openhat.clinic.core.stations.SafeRequestLinker;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.safe.SafeLinkController;
import org.openhat.devices.safe.SafeLinkSettings;
import org.openhat.devices.serial.JSerialCommLink;
import org.openhat.devices.serial.SerialSettings;
import org.openhat.devices.sim.SafeSimulator;
import org.openhat.devices.sim.SafeSimulatorSettings;
import org.openhat.devices.testing.Await;
import org.openhat.devices.testing.MutableClock;
import org.openhat.devices.testing.SocatPair;
import org.slf4j.LoggerFactory;

/**
 * A safe whose controller is replaced counts its events from 1 again. Over a real pty pair, the old
 * controller's simulator is swapped for a new one; nothing it logs is lost or taken for an old event,
 * and the server says so loudly: a WARN, the health check, the safe's status.
 */
class SafeNumberingRestartTest {
    @TempDir
    Path dir;

    @Test
    void aReplacedControllersEventsAreStoredUnderANewNumberingAndTheSafeNeedsAttention() throws Exception {
        ListAppender<ILoggingEvent> warnings = captureWarnings();
        MutableClock healthClock = MutableClock.at(java.time.Instant.now().toString());
        try (TestDatabase db = TestDatabase.sqlite(dir);
             SocatPair line = SocatPair.start(dir, "safe")) {
            JdbiSafeEventStore store = new JdbiSafeEventStore("KIOSK-1", db.transactor(),
                    new SafeRequestLinker(Duration.ofMinutes(30)), Clock.systemUTC());
            SafeLinkController host = new SafeLinkController(link(line.hostPath()), store, SafeLinkSettings.standard(),
                    Clock.systemUTC());
            DeviceHealthChecks.Safe health = new DeviceHealthChecks.Safe(host, store, healthClock);
            host.start();
            try (SafeSimulator old = simulator(line, "old-controller")) {
                Await.until("online", () -> host.status().online());
                openAndClose(host, old, 1);
                Await.until("the old controller's events 1..4 stored", () -> count(db, 1) == 4);
                assertThat(health.execute().isHealthy()).isTrue();
            }
            Await.until("offline while the controller is swapped", () -> !host.status().online());
            try (SafeSimulator replacement = simulator(line, "new-controller")) {
                Await.until("online again", Duration.ofSeconds(10), () -> host.status().online());
                openAndClose(host, replacement, 2);
                Await.until("the new controller's events 1..4 stored", () -> count(db, 2) == 4);
                Await.until("all acknowledged", () -> replacement.unacknowledgedEvents().isEmpty());
            } finally {
                host.close();
            }

            assertThat(count(db, 1)).as("the old controller's events are kept").isEqualTo(4);
            assertThat(store.lastStoredEventNumber()).isEqualTo(4);
            HealthCheck.Result result = health.execute();
            assertThat(result.isHealthy()).isFalse();
            assertThat(result.getMessage()).contains("needs attention").contains("numbering restarted")
                    .contains("numbering 2").contains("events up to 4 were stored");
            SafeStatusView view = SafeStatusView.of("KIOSK-1", host.status(), 4, null, store.lastNumberingRestart());
            assertThat(view.numberingRestartedAt()).isNotNull();
            assertThat(view.numberingRestart()).contains("controller replaced");
            assertThat(warnings.list).filteredOn(e -> e.getLevel() == Level.WARN)
                    .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("numbering restarted"));

            healthClock.advance(Duration.ofHours(25));
            assertThat(health.execute().isHealthy()).as("after a day the status still shows it, the check no longer")
                    .isTrue();
        } finally {
            ((Logger) LoggerFactory.getLogger("org.openhat.devices.safe")).detachAppender(warnings);
        }
    }

    private static void openAndClose(SafeLinkController host, SafeSimulator sim, int compartment) throws Exception {
        assertThat(host.unlock(compartment, 30, "N0042", "N0107").get(3, TimeUnit.SECONDS).accepted()).isTrue();
        sim.openDoor(compartment);
        sim.closeDoor(compartment);
    }

    private static long count(TestDatabase db, int numbering) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM safe_event WHERE numbering = :n")
                .bind("n", numbering).mapTo(Long.class).one());
    }

    private SafeSimulator simulator(SocatPair line, String state) throws IOException {
        SafeSimulator sim = new SafeSimulator(link(line.devicePath()), Clock.systemUTC(), dir.resolve(state),
                SafeSimulatorSettings.standard());
        sim.start();
        sim.startTicking(Duration.ofMillis(50));
        return sim;
    }

    private static JSerialCommLink link(String path) {
        return new JSerialCommLink(SerialSettings.of(path, 19200).withReconnect(Duration.ofMillis(100),
                Duration.ofMillis(500)), Clock.systemUTC());
    }

    private static ListAppender<ILoggingEvent> captureWarnings() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger("org.openhat.devices.safe")).addAppender(appender);
        return appender;
    }
}
