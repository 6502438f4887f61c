package org.openhat.clinic.devices;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Optional;
import org.openhat.devices.scanner.LineSuffix;
import org.openhat.devices.scanner.ScanDecoder;
import org.openhat.devices.scanner.ScannerSettings;
import org.openhat.devices.scanner.SerialBarcodeScanner;
import org.openhat.devices.serial.InMemoryPipe;
import org.openhat.devices.sim.ScannerSimulator;

/**
 * A simulated scanner inside the server, on an in-memory line: the same bytes a real scanner sends,
 * through the same framing and decoding. Scans are sent with the {@code scan} admin task.
 */
@JsonTypeName("simulator")
public class SimulatedScannerFactory implements ScannerFactory {
    @NotNull
    private LineSuffix suffix = LineSuffix.CR;

    @JsonProperty
    public LineSuffix getSuffix() {
        return suffix;
    }

    @JsonProperty
    public void setSuffix(LineSuffix suffix) {
        this.suffix = suffix;
    }

    @Override
    public ScannerDevice build(String stationCode, ScanDecoder decoder, Clock clock) {
        InMemoryPipe pipe = InMemoryPipe.create("scanner-" + stationCode, clock);
        return new ScannerDevice(new SerialBarcodeScanner(pipe.hostEnd(), ScannerSettings.of(suffix), decoder),
                Optional.of(new ScannerSimulator(pipe.deviceEnd(), suffix)));
    }
}
