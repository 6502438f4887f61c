package org.openhat.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.openhat.devices.serial.InMemoryPipe;
import org.openhat.devices.sim.ScannerSimulator;
import org.openhat.devices.testing.Await;

class SerialBarcodeScannerTest {

    @Test
    void simulatedScansBecomeTypedEventsInOrderAndJunkDoesNotStopTheReader() throws Exception {
        InMemoryPipe pipe = InMemoryPipe.create("scanner");
        List<ScanEvent> events = new CopyOnWriteArrayList<>();
        try (SerialBarcodeScanner scanner = new SerialBarcodeScanner(pipe.hostEnd(), ScannerSettings.of(LineSuffix.CR),
                ScanFixtures.DECODER); ScannerSimulator sim = new ScannerSimulator(pipe.deviceEnd(), LineSuffix.CR)) {
            scanner.addScanListener(events::add);
            scanner.start();
            sim.start();
            sim.scanRaw("\u0000\u00FFgarbage");
            sim.scanInChunks(ScanFixtures.PACK, 3);
            sim.scanRaw(ScanFixtures.WRISTBAND);
            sim.scanRaw(ScanFixtures.BADGE);
            Await.until("4 scans", () -> events.size() == 4);
        }
        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("ScanRejected", "ProductScan", "WristbandScan", "BadgeScan");
        assertThat(events.get(1).receivedNanos()).isLessThanOrEqualTo(events.get(2).receivedNanos());
    }

    @Test
    void aScannerSendingCrlfIsReadWithTheDefaultCrSetting() throws Exception {
        InMemoryPipe pipe = InMemoryPipe.create("scanner-crlf");
        List<ScanEvent> events = new CopyOnWriteArrayList<>();
        try (SerialBarcodeScanner scanner = new SerialBarcodeScanner(pipe.hostEnd(), ScannerSettings.of(LineSuffix.CR),
                ScanFixtures.DECODER); ScannerSimulator sim = new ScannerSimulator(pipe.deviceEnd(), LineSuffix.CRLF)) {
            scanner.addScanListener(events::add);
            scanner.start();
            sim.start();
            sim.scanRaw(ScanFixtures.BADGE);
            sim.scanInChunks(ScanFixtures.WRISTBAND, 4);
            sim.scanRaw(ScanFixtures.BADGE);
            Await.until("3 scans", () -> events.size() == 3);
        }
        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("BadgeScan", "WristbandScan", "BadgeScan");
    }

    @Test
    void withoutASuffixAScanEndsWhenTheLineGoesQuiet() throws Exception {
        InMemoryPipe pipe = InMemoryPipe.create("scanner-nosuffix");
        List<ScanEvent> events = new CopyOnWriteArrayList<>();
        try (SerialBarcodeScanner scanner = new SerialBarcodeScanner(pipe.hostEnd(), ScannerSettings.of(LineSuffix.NONE),
                ScanFixtures.DECODER); ScannerSimulator sim = new ScannerSimulator(pipe.deviceEnd(), LineSuffix.NONE)) {
            scanner.addScanListener(events::add);
            scanner.start();
            sim.start();
            sim.scanRaw(ScanFixtures.BADGE);
            Await.until("badge", () -> events.size() == 1);
        }
        assertThat(events.get(0)).isInstanceOf(BadgeScan.class);
    }
}
