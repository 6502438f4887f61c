package org.openhat.clinic.devices;

import java.time.Duration;
import java.util.Optional;
import org.openhat.devices.safe.SafeController;
import org.openhat.devices.sim.SafeSimulator;

/**
 * A station's safe as built from configuration, with the in-process simulator on the other end of
 * the line when the configuration asked for one.
 */
public record SafeDevice(SafeController controller, Optional<SafeSimulator> simulator) {

    void start() {
        simulator.ifPresent(sim -> {
            sim.start();
            sim.startTicking(Duration.ofMillis(100));
        });
        controller.start();
    }

    void stop() {
        controller.close();
        simulator.ifPresent(SafeSimulator::close);
    }
}
