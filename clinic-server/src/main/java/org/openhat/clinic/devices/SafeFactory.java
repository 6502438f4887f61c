package org.openhat.clinic.devices;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.dropwizard.jackson.Discoverable;
import java.time.Clock;
import org.openhat.devices.safe.SafeEventStore;

/** A kiosk's controlled-drug safe, chosen in configuration by {@code type:} (serial or simulator). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public interface SafeFactory extends Discoverable {

    /** Builds the safe for {@code stationCode}, storing its events in {@code store}; nothing opens yet. */
    SafeDevice build(String stationCode, SafeEventStore store, Clock clock);

    /** How many compartments the safe has, numbered from 1. */
    int compartments();

    /** How long an unlock releases a compartment, 1..60 s. */
    int unlockSeconds();
}
