package org.openhat.clinic.tasks;

import io.dropwizard.core.setup.AdminEnvironment;
import org.openhat.clinic.devices.DeviceRegistry;

/**
 * The tasks that work simulated devices exist only where a station has such a device: on a clinic
 * with real scanners and safes, nothing on the admin port can fake a scan or work a door.
 */
public final class SimulatorTasks {
    private SimulatorTasks() {
    }

    public static void register(DeviceRegistry devices, AdminEnvironment admin) {
        if (devices.stations().stream().anyMatch(s -> s.safe().flatMap(safe -> safe.simulator()).isPresent())) {
            admin.addTask(new SafeDoorTask(devices));
        }
        if (devices.stations().stream().anyMatch(s -> s.scanner().flatMap(scanner -> scanner.simulator()).isPresent())) {
            admin.addTask(new SimulatedScanTask(devices));
        }
    }
}
