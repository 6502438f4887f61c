package org.openhat.clinic.devices;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Optional;
import org.openhat.devices.scanner.LineSuffix;
import org.openhat.devices.scanner.ScanDecoder;
import org.openhat.devices.scanner.ScannerSettings;
import org.openhat.devices.scanner.SerialBarcodeScanner;
import org.openhat.devices.serial.JSerialCommLink;
import org.openhat.devices.serial.SerialSettings;

/** A scanner in USB CDC or RS-232 mode on a serial path, e.g. {@code /dev/serial/by-id/usb-...}. */
@JsonTypeName("serial")
public class SerialScannerFactory implements ScannerFactory {
    @NotEmpty
    private String path;

    @Min(1200)
    @Max(921600)
    private int baud = 9600;

    @NotNull
    private LineSuffix suffix = LineSuffix.CR;

    @Min(16)
    @Max(65536)
    private int maxLength = 1024;

    @NotNull
    private Duration reconnectMin = Duration.milliseconds(500);

    @NotNull
    private Duration reconnectMax = Duration.seconds(10);

    @JsonProperty
    public String getPath() {
        return path;
    }

    @JsonProperty
    public void setPath(String path) {
        this.path = path;
    }

    @JsonProperty
    public int getBaud() {
        return baud;
    }

    @JsonProperty
    public void setBaud(int baud) {
        this.baud = baud;
    }

    @JsonProperty
    public LineSuffix getSuffix() {
        return suffix;
    }

    @JsonProperty
    public void setSuffix(LineSuffix suffix) {
        this.suffix = suffix;
    }

    @JsonProperty
    public void setMaxLength(int maxLength) {
        this.maxLength = maxLength;
    }

    @JsonProperty
    public void setReconnectMin(Duration reconnectMin) {
        this.reconnectMin = reconnectMin;
    }

    @JsonProperty
    public void setReconnectMax(Duration reconnectMax) {
        this.reconnectMax = reconnectMax;
    }

    @Override
    public ScannerDevice build(String stationCode, ScanDecoder decoder, Clock clock) {
        SerialSettings serial = SerialSettings.of(path, baud).withReconnect(
                reconnectMin.toJavaDuration(),
                reconnectMax.toJavaDuration());
        ScannerSettings framing = ScannerSettings.of(suffix);
        framing = new ScannerSettings(suffix, maxLength, framing.endOfScanGap(), framing.fragmentTimeout());
        return new ScannerDevice(new SerialBarcodeScanner(new JSerialCommLink(serial, clock), framing, decoder),
                Optional.empty());
    }
}
