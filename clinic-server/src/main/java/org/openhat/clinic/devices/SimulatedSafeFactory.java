package org.openhat.clinic.devices;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import jakarta.validation.constraints.NotEmpty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.openhat.devices.safe.SafeEventStore;
import org.openhat.devices.safe.SafeLinkController;
import org.openhat.devices.safe.SafeLinkSettings;
import org.openhat.devices.serial.InMemoryPipe;
import org.openhat.devices.sim.SafeSimulator;
import org.openhat.devices.sim.SafeSimulatorSettings;

/**
 * A simulated safe inside the server, on an in-memory line, speaking the same Safe Link v1 bytes as
 * the real controller. Its event log survives restarts in {@code stateDir/safe-CODE.state}. Doors
 * are worked with the {@code safe-door} admin task.
 */
@JsonTypeName("simulator")
public class SimulatedSafeFactory extends BaseSafeFactory {
    @NotEmpty
    private String stateDir = "data/devices";

    @JsonProperty
    public String getStateDir() {
        return stateDir;
    }

    @JsonProperty
    public void setStateDir(String stateDir) {
        this.stateDir = stateDir;
    }

    public Path stateFile(String stationCode) {
        return Path.of(stateDir).resolve("safe-" + stationCode + ".state");
    }

    @Override
    public SafeDevice build(String stationCode, SafeEventStore store, Clock clock) {
        InMemoryPipe pipe = InMemoryPipe.create("safe-" + stationCode, clock);
        SafeSimulatorSettings standard = SafeSimulatorSettings.standard();
        try {
            Files.createDirectories(Path.of(stateDir));
            SafeSimulator simulator = new SafeSimulator(pipe.deviceEnd(), clock, stateFile(stationCode),
                    new SafeSimulatorSettings(compartments(), standard.heldOpenLimit(), standard.resendInterval()));
            return new SafeDevice(new SafeLinkController(pipe.hostEnd(), store, SafeLinkSettings.standard(), clock),
                    Optional.of(simulator));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the simulated safe's state in " + stateDir, e);
        }
    }
}
