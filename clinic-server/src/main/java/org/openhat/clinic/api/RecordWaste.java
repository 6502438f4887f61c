package org.openhat.clinic.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.openhat.clinic.core.register.Waste;

/** Waste denatured in front of a witness, who signs in {@code secondSigner}. */
public record RecordWaste(@NotNull Instant occurredAt, @NotNull Long wasteMg, Long ampoulesOpened,
                          Long administrationSeq, @NotBlank String batch, @NotNull Boolean denatured,
                          @Valid SecondSigner secondSigner, String stationCode) {
    /** Waste from a recorded administration opens no ampoule of its own, so {@code ampoulesOpened} may be left out. */
    public Waste line(long witnessId) {
        return new Waste(occurredAt, wasteMg, ampoulesOpened == null ? 0 : ampoulesOpened, administrationSeq, batch,
                denatured, witnessId, stationCode);
    }
}
