package org.openhat.clinic.core.dispensing;

import java.util.Optional;

/**
 * Whether a station's controlled-drug safe can be used now. A dose needs the ampoule from the
 * safe, so while the safe is offline no new dose may start at that station.
 */
@FunctionalInterface
public interface SafeAvailability {
    /** Empty when the safe is usable; otherwise why not, in words for the nurse. */
    Optional<String> unavailableReason(long stationId);

    static SafeAvailability always() {
        return stationId -> Optional.empty();
    }
}
