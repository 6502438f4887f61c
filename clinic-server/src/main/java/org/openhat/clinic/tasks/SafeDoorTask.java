package org.openhat.clinic.tasks;

import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.openhat.clinic.devices.DeviceRegistry;
import org.openhat.devices.sim.SafeSimulator;

/**
 * Works a simulated safe's doors for demonstrations and tests, on the admin port:
 * {@code POST /tasks/safe-door?station=KIOSK-1&action=open&compartment=1}. Actions: open, close,
 * force, tamper, clear-tamper, status. Only stations configured with {@code type: simulator}.
 */
public class SafeDoorTask extends Task {
    private final DeviceRegistry devices;

    public SafeDoorTask(DeviceRegistry devices) {
        super("safe-door");
        this.devices = devices;
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        String station = first(parameters, "station", null);
        String action = first(parameters, "action", "status");
        int compartment = Integer.parseInt(first(parameters, "compartment", "1"));
        SafeSimulator sim = devices.station(station == null ? "" : station)
                .flatMap(s -> s.safe()).flatMap(s -> s.simulator())
                .orElseThrow(() -> new IllegalArgumentException("no simulated safe at station " + station));
        switch (action) {
            case "open" -> sim.openDoor(compartment);
            case "close" -> sim.closeDoor(compartment);
            case "force" -> sim.forceOpen(compartment);
            case "tamper" -> sim.tamper();
            case "clear-tamper" -> sim.clearTamper();
            case "status" -> { }
            default -> throw new IllegalArgumentException("action is open, close, force, tamper, clear-tamper or status");
        }
        output.println(station + ": " + action + " done; " + sim.statusReport());
    }

    static String first(Map<String, List<String>> parameters, String name, String fallback) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }
}
