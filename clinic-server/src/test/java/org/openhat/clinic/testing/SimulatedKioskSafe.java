package org.openhat.clinic.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.core.stations.SafeRequestLinker;
import org.openhat.clinic.core.stations.StationSafe;
import org.openhat.clinic.db.StaffDao;
import org.openhat.clinic.devices.JdbiSafeEventStore;
import org.openhat.clinic.service.stations.SafeUnlockService;
import org.openhat.clinic.service.stations.StationService;
import org.openhat.devices.safe.SafeLinkController;
import org.openhat.devices.safe.SafeLinkSettings;
import org.openhat.devices.serial.InMemoryPipe;
import org.openhat.devices.sim.SafeSimulator;
import org.openhat.devices.sim.SafeSimulatorSettings;
import org.openhat.devices.testing.Await;

/**
 * KIOSK-1's safe for a test, on the demo clinic in a real SQLite file: the Safe Link v1 simulator
 * speaking its own bytes over an in-memory line (which a test may damage through {@link #pipe()})
 * to the real driver, event store and unlock service.
 */
public final class SimulatedKioskSafe implements AutoCloseable {
    private final TestDatabase db;
    private final InMemoryPipe pipe;
    private final SafeSimulator sim;
    private final SafeLinkController controller;
    private final StationService stations;
    private final SafeUnlockService unlocks;

    private SimulatedKioskSafe(TestDatabase db, InMemoryPipe pipe, SafeSimulator sim, SafeLinkController controller) {
        this.db = db;
        this.pipe = pipe;
        this.sim = sim;
        this.controller = controller;
        this.stations = new StationService(db.transactor(), Clock.systemUTC());
        StationSafe safe = new StationSafe("KIOSK-1", controller, 4, 30, Optional::empty);
        this.unlocks = new SafeUnlockService(db.transactor(), stations,
                code -> code.equals("KIOSK-1") ? Optional.of(safe) : Optional.empty(), Clock.systemUTC());
    }

    /** Seeds the demo clinic in {@code dir}, starts the simulated safe and waits until the driver sees it online. */
    public static SimulatedKioskSafe start(Path dir) throws IOException {
        TestDatabase db = TestDatabase.sqlite(dir);
        db.seedDemo(Clock.systemUTC());
        InMemoryPipe pipe = InMemoryPipe.create("safe");
        SafeSimulator sim = new SafeSimulator(pipe.deviceEnd(), Clock.systemUTC(), dir.resolve("safe.state"),
                SafeSimulatorSettings.standard());
        sim.start();
        sim.startTicking(Duration.ofMillis(50));
        SafeLinkController controller = new SafeLinkController(pipe.hostEnd(), new JdbiSafeEventStore("KIOSK-1",
                db.transactor(), new SafeRequestLinker(Duration.ofMinutes(30)), Clock.systemUTC()),
                SafeLinkSettings.standard(), Clock.systemUTC());
        controller.start();
        Await.until("safe online", () -> controller.status().online());
        return new SimulatedKioskSafe(db, pipe, sim, controller);
    }

    /** A demo member of staff, by badge. */
    public StaffMember staff(String badge) {
        return db.transactor().inTransaction(tx -> tx.dao(StaffDao.class).findByBadge(badge)
                .map(row -> tx.dao(StaffDao.class).memberOf(row))).orElseThrow();
    }

    public TestDatabase db() {
        return db;
    }

    public InMemoryPipe pipe() {
        return pipe;
    }

    public SafeSimulator sim() {
        return sim;
    }

    public SafeLinkController controller() {
        return controller;
    }

    public StationService stations() {
        return stations;
    }

    public SafeUnlockService unlocks() {
        return unlocks;
    }

    @Override
    public void close() {
        controller.close();
        sim.close();
        db.close();
    }
}
