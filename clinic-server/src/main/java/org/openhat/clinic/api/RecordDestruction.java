package org.openhat.clinic.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.openhat.clinic.core.register.Destruction;

/**
 * Stock destroyed before a witness the CDAO authorised, who signs in {@code secondSigner} with their
 * own account (their name comes from it); {@code witnessCapacity} is the capacity in which they
 * witness, {@code authorisationRef} the CDAO's reference for their authorisation.
 */
public record RecordDestruction(@NotNull Instant occurredAt, @NotNull Long ampoules, @NotBlank String batch,
                                @NotBlank String reason, @NotBlank String witnessCapacity,
                                @NotBlank String authorisationRef, @Valid SecondSigner secondSigner,
                                String stationCode, String safeRequestRef) {
    public Destruction line(long authorisedWitnessId) {
        return new Destruction(occurredAt, ampoules, batch, reason, witnessCapacity, authorisationRef,
                authorisedWitnessId, stationCode, safeRequestRef);
    }
}
