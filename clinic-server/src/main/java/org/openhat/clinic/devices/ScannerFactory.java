package org.openhat.clinic.devices;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.dropwizard.jackson.Discoverable;
import java.time.Clock;
import org.openhat.devices.scanner.ScanDecoder;

/** A kiosk's barcode scanner, chosen in configuration by {@code type:} (serial or simulator). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public interface ScannerFactory extends Discoverable {

    /** Builds the scanner for {@code stationCode}; nothing is opened until the device starts. */
    ScannerDevice build(String stationCode, ScanDecoder decoder, Clock clock);
}
