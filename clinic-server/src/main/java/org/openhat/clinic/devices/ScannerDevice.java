package org.openhat.clinic.devices;

import java.util.Optional;
import org.openhat.devices.scanner.BarcodeScanner;
import org.openhat.devices.sim.ScannerSimulator;

/**
 * A station's scanner as built from configuration, with the in-process simulator on the other
 * end of the line when the configuration asked for one.
 */
public record ScannerDevice(BarcodeScanner scanner, Optional<ScannerSimulator> simulator) {

    void start() {
        scanner.start();
        simulator.ifPresent(ScannerSimulator::start);
    }

    void stop() {
        simulator.ifPresent(ScannerSimulator::close);
        scanner.close();
    }
}
