package org.openhat.clinic.api;

import java.time.Instant;
import org.openhat.clinic.core.register.Destruction;

public record RecordDestruction(Instant occurredAt, long ampoules, String batch, String reason,
                                String authorisedWitnessName, String authorisedWitnessRole, String authorisationRef,
                                Long witnessId, String stationCode, String safeRequestRef) {
    public Destruction line() {
        return new Destruction(occurredAt, ampoules, batch, reason, authorisedWitnessName, authorisedWitnessRole,
                authorisationRef, witnessId, stationCode, safeRequestRef);
    }
}
