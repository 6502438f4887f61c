package org.openhat.clinic.core.stations;

import java.util.Optional;

/**
 * Whether a station's safe can be used now. The dosing flow asks before recording a dose that
 * needs the safe: while the safe is offline (or in tamper lock-out) no such dose may start.
 */
public interface SafeAvailability {

    /** The station's safe answers and is not in tamper lock-out. False for an unknown station. */
    boolean isOnline(long stationId);

    /** Empty when the safe can be used; otherwise a sentence to show the nurse. */
    Optional<String> unavailableReason(String stationCode);
}
