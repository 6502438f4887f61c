package org.openhat.devices.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.devices.ids.NhsNumber;
import org.openhat.devices.scanner.GsrnLayout;
import org.openhat.devices.scanner.LineSuffix;
import org.openhat.devices.scanner.ProductScan;
import org.openhat.devices.scanner.ScanDecoder;
import org.openhat.devices.scanner.ScanEvent;
import org.openhat.devices.scanner.ScanFormats;
import org.openhat.devices.scanner.ScannerSettings;
import org.openhat.devices.scanner.SerialBarcodeScanner;
import org.openhat.devices.scanner.WristbandScan;
import org.openhat.devices.serial.JSerialCommLink;
import org.openhat.devices.serial.LinkStatus;
import org.openhat.devices.serial.SerialSettings;
import org.openhat.devices.sim.ScannerSimulator;
import org.openhat.devices.testing.Await;
import org.openhat.devices.testing.SocatPair;

/** Scanner simulator → real pty pair → jSerialComm → typed scan event. */
class ScannerOverSocatTest {
    private static final String GS = "\u001D";

    @TempDir
    Path dir;

    @Test
    void aScanBecomesATypedEventThroughTheJSerialCommTransport() throws Exception {
        List<ScanEvent> events = new CopyOnWriteArrayList<>();
        ScanDecoder decoder = new ScanDecoder(ScanFormats.defaults(GsrnLayout.nhsNumberBeforeCheckDigit("5012345")));
        try (SocatPair socat = SocatPair.start(dir, "line");
             SerialBarcodeScanner scanner = new SerialBarcodeScanner(link(socat.hostPath()),
                     ScannerSettings.of(LineSuffix.CRLF), decoder);
             ScannerSimulator sim = new ScannerSimulator(link(socat.devicePath()), LineSuffix.CRLF)) {
            scanner.addScanListener(events::add);
            scanner.start();
            sim.start();
            Await.until("scanner connected", () -> scanner.linkStatus() == LinkStatus.CONNECTED);
            Thread.sleep(100); // let the simulator's port open too
            sim.scan("]d2", "0109506000134352" + "17261231" + "10ABC123" + GS + "21SN0001");
            sim.scanInChunks("]d28018501234594347659191", 5);
            Await.until("two scans", Duration.ofSeconds(5), () -> events.size() == 2);
        }
        ProductScan p = (ProductScan) events.get(0);
        assertThat(p.gtin().value()).isEqualTo("09506000134352");
        assertThat(p.batch()).contains("ABC123");
        assertThat(p.serial()).contains("SN0001");
        assertThat(((WristbandScan) events.get(1)).nhsNumber()).isEqualTo(NhsNumber.of("9434765919"));
    }

    private static JSerialCommLink link(String path) {
        return new JSerialCommLink(SerialSettings.of(path, 9600).withReconnect(Duration.ofMillis(100),
                Duration.ofMillis(500)), Clock.systemUTC());
    }
}
