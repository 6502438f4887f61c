package org.openhat.clinic.api;

import jakarta.validation.Valid;
import java.time.Instant;
import org.openhat.clinic.core.register.Waste;

/** Waste denatured in front of a witness, who signs in {@code secondSigner}. */
public record RecordWaste(Instant occurredAt, long wasteMg, long ampoulesOpened, Long administrationSeq, String batch,
                          boolean denatured, @Valid SecondSigner secondSigner, String stationCode) {
    public Waste line(long witnessId) {
        return new Waste(occurredAt, wasteMg, ampoulesOpened, administrationSeq, batch, denatured, witnessId, stationCode);
    }
}
