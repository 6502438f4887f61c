package org.openhat.clinic.core.stations;

import java.util.Optional;

/** Finds the safe configured for a station. */
public interface StationSafes {
    Optional<StationSafe> safeAt(String stationCode);
}
