package org.openhat.clinic.devices;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.ValidationMethod;
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
 * the real controller. Its event log survives restarts in {@code stateDir/safe-CODE.state}. With
 * {@code doorOpensAfter} and {@code doorClosesAfter} set, a simulated nurse opens each released door
 * and shuts it again, as at a real safe, so a demo dose has its opening and reconciles; without
 * them, doors are worked with the {@code safe-door} admin task.
 */
@JsonTypeName("simulator")
public class SimulatedSafeFactory extends BaseSafeFactory {
    @NotEmpty
    private String stateDir = "data/devices";

    private Duration doorOpensAfter;

    private Duration doorClosesAfter;

    @JsonProperty
    public String getStateDir() {
        return stateDir;
    }

    @JsonProperty
    public void setStateDir(String stateDir) {
        this.stateDir = stateDir;
    }

    @JsonProperty
    public Duration getDoorOpensAfter() {
        return doorOpensAfter;
    }

    @JsonProperty
    public void setDoorOpensAfter(Duration doorOpensAfter) {
        this.doorOpensAfter = doorOpensAfter;
    }

    @JsonProperty
    public Duration getDoorClosesAfter() {
        return doorClosesAfter;
    }

    @JsonProperty
    public void setDoorClosesAfter(Duration doorClosesAfter) {
        this.doorClosesAfter = doorClosesAfter;
    }

    /** Set together or not at all: a nurse who opens the door and never shuts it would be a held-open alarm. */
    @ValidationMethod(message = "set both doorOpensAfter and doorClosesAfter, or neither")
    @JsonIgnore
    public boolean isDoorHabitWhole() {
        return (doorOpensAfter == null) == (doorClosesAfter == null);
    }

    /** The simulator's settings: the standard safe with this many compartments, and the nurse if configured. */
    SafeSimulatorSettings simulatorSettings() {
        SafeSimulatorSettings standard = SafeSimulatorSettings.standard();
        SafeSimulatorSettings safe = new SafeSimulatorSettings(compartments(), standard.heldOpenLimit(),
                standard.resendInterval());
        return doorOpensAfter == null ? safe
                : safe.withNurseAtTheDoor(doorOpensAfter.toJavaDuration(), doorClosesAfter.toJavaDuration());
    }

    public Path stateFile(String stationCode) {
        return Path.of(stateDir).resolve("safe-" + stationCode + ".state");
    }

    @Override
    public SafeDevice build(String stationCode, SafeEventStore store, Clock clock) {
        InMemoryPipe pipe = InMemoryPipe.create("safe-" + stationCode, clock);
        try {
            Files.createDirectories(Path.of(stateDir));
            SafeSimulator simulator = new SafeSimulator(pipe.deviceEnd(), clock, stateFile(stationCode),
                    simulatorSettings());
            return new SafeDevice(new SafeLinkController(pipe.hostEnd(), store, SafeLinkSettings.standard(), clock),
                    Optional.of(simulator));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the simulated safe's state in " + stateDir, e);
        }
    }
}
