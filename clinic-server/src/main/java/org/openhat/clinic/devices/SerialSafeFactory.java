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
import org.openhat.devices.safe.SafeEventStore;
import org.openhat.devices.safe.SafeLinkController;
import org.openhat.devices.safe.SafeLinkSettings;
import org.openhat.devices.serial.JSerialCommLink;
import org.openhat.devices.serial.SerialSettings;

/** A safe controller speaking Safe Link v1 on a serial path (RS-485 adapter or USB). */
@JsonTypeName("serial")
public class SerialSafeFactory extends BaseSafeFactory {
    @NotEmpty
    private String path;

    @Min(1200)
    @Max(921600)
    private int baud = 19200;

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
    public void setReconnectMin(Duration reconnectMin) {
        this.reconnectMin = reconnectMin;
    }

    @JsonProperty
    public void setReconnectMax(Duration reconnectMax) {
        this.reconnectMax = reconnectMax;
    }

    @Override
    public SafeDevice build(String stationCode, SafeEventStore store, Clock clock) {
        SerialSettings serial = SerialSettings.of(path, baud).withReconnect(
                reconnectMin.toJavaDuration(),
                reconnectMax.toJavaDuration());
        return new SafeDevice(new SafeLinkController(new JSerialCommLink(serial, clock), store,
                SafeLinkSettings.standard(), clock), Optional.empty());
    }
}
