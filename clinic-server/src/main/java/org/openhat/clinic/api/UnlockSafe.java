package org.openhat.clinic.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openhat.clinic.core.stations.SafePurpose;

/** Asks the station's safe to release one compartment; {@code reference} names the work (a dose, a delivery note). */
public record UnlockSafe(@NotNull SafePurpose purpose, @Min(1) @Max(255) int compartment,
                         @Size(max = 64) String reference) {
}
