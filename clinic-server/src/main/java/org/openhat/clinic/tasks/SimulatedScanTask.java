package org.openhat.clinic.tasks;

import io.dropwizard.servlets.tasks.PostBodyTask;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.openhat.clinic.devices.DeviceRegistry;
import org.openhat.devices.sim.ScannerSimulator;

/**
 * Sends one scan from a simulated scanner, for demonstrations:
 * {@code curl -H "Authorization: Bearer $(cat data/admin-task-secret)" -H 'Content-Type: text/plain'
 * --data-binary ']C0OHS:N0042' 'http://localhost:8081/tasks/scan?station=KIOSK-1'}.
 * The body is the scan with its AIM identifier; {@code <GS>} stands for the GS byte. A form post
 * ({@code curl --data-urlencode 'scan=]C0OHS:N0042'}) works too, from curl: never from a web page.
 */
public class SimulatedScanTask extends PostBodyTask {
    private final DeviceRegistry devices;

    public SimulatedScanTask(DeviceRegistry devices) {
        super("scan");
        this.devices = devices;
    }

    @Override
    public void execute(Map<String, List<String>> parameters, String body, PrintWriter output) throws IOException {
        String station = SafeDoorTask.first(parameters, "station", "");
        ScannerSimulator sim = devices.station(station).flatMap(s -> s.scanner()).flatMap(s -> s.simulator())
                .orElseThrow(() -> new IllegalArgumentException("no simulated scanner at station " + station));
        String scan = body == null || body.isBlank() ? SafeDoorTask.first(parameters, "scan", "") : body;
        if (scan.isBlank()) {
            throw new IllegalArgumentException("send the scan as the body (Content-Type: text/plain) or as scan=...");
        }
        String text = scan.strip().replace("<GS>", "\u001D");
        sim.scanRaw(text);
        output.println("sent " + text.length() + " bytes to " + station);
    }
}
