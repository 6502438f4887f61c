package org.openhat.clinic.bench;

import static io.dropwizard.testing.ConfigOverride.config;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.testing.ApiClient;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.SseClient;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.testing.Await;
import org.openhat.devices.testing.SocatPair;

/**
 * Scan-to-kiosk latency (docs/performance.md, "Scan to kiosk latency"). The whole clinic runs with
 * KIOSK-1's scanner on {@code type: serial} over a real socat pty pair; a nurse's kiosk stream is
 * open. Each scan is written to the device end of the pty in one write; the clock starts when that
 * write returns (the last byte is on the line, so arrival at the server's port can only be later)
 * and stops when the SSE client has read the whole event. One scan at a time, as at a kiosk.
 * <pre>
 * mvn -B -pl clinic-server -am -Pscan-latency process-test-classes [-Dscan.latency.args="2000 200"]
 * </pre>
 * Arguments: measured scans (2000), warm-up scans (200).
 */
public final class ScanToKioskLatency {
    private ScanToKioskLatency() {
    }

    public static void main(String[] args) throws Exception {
        int scans = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dir = ClinicApp.tempDir("openhat-scan-latency");
        SocatPair line = SocatPair.start(dir, "scanner");
        DropwizardAppExtension<ClinicConfiguration> app = ClinicApp.on(TestDatabase.Backend.SQLITE, dir,
                config("stations.KIOSK-1.scanner.type", "serial"),
                config("stations.KIOSK-1.scanner.path", line.hostPath()),
                config("stations.KIOSK-1.scanner.reconnectMin", "100ms"),
                config("logging.level", "WARN"),
                config("logging.loggers.org\\.openhat", "WARN"));
        app.before();
        try {
            ClinicApp.seedDemo(app, Clock.systemUTC());
            Await.until("scanner line connected", () -> app.getEnvironment().healthChecks()
                    .runHealthCheck("scanner-KIOSK-1").isHealthy());
            ApiClient nurse = new ApiClient(app.getLocalPort()).signInWithBadge("N0042", "4242", "KIOSK-1");
            byte[] scan = ("]d2" + "0109506000134352" + "17261231" + "10ABC123" + "\u001D" + "21SN0001" + "\r")
                    .getBytes(StandardCharsets.ISO_8859_1);
            try (SseClient stream = SseClient.open(app.getLocalPort(), "/api/stations/KIOSK-1/scans", nurse.sessionToken());
                 OutputStream device = new FileOutputStream(line.devicePath())) {
                measure(stream, device, scan, warmUp);
                long[] micros = measure(stream, device, scan, scans);
                report(micros, scan.length);
            }
        } finally {
            app.after();
            line.close();
        }
    }

    private static long[] measure(SseClient stream, OutputStream device, byte[] scan, int count) throws Exception {
        long[] micros = new long[count];
        for (int i = 0; i < count; i++) {
            device.write(scan);
            device.flush();
            long lastByteWritten = System.nanoTime();
            SseClient.Event event = stream.next("scan", Duration.ofSeconds(5));
            micros[i] = (event.receivedNanos() - lastByteWritten) / 1_000;
            Thread.sleep(2); // a kiosk never sees scans back to back; keep them apart on the line
        }
        return micros;
    }

    private static void report(long[] micros, int bytes) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf("Scan to kiosk latency: %d scans of %d bytes over a socat pty, one at a time%n",
                sorted.length, bytes);
        System.out.printf("  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  p99.9 %.2f ms  max %.2f ms  mean %.2f ms%n",
                at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), at(sorted, 0.999),
                sorted[sorted.length - 1] / 1000.0, Arrays.stream(sorted).average().orElse(0) / 1000.0);
    }

    private static double at(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }
}
