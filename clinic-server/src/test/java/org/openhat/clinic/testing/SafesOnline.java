package org.openhat.clinic.testing;

import java.util.Optional;
import org.openhat.clinic.core.stations.SafeAvailability;

/** Every station's safe answers: for tests of the dosing flow that are not about the safe. */
public final class SafesOnline implements SafeAvailability {
    @Override
    public boolean isOnline(long stationId) {
        return true;
    }

    @Override
    public Optional<String> unavailableReason(String stationCode) {
        return Optional.empty();
    }
}
