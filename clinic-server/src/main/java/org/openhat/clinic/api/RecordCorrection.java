package org.openhat.clinic.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A correction is dated when it is made, so it carries no date of its own. One that adjusts the
 * balance is a pharmacist's, with a second person signing in {@code secondSigner}.
 */
public record RecordCorrection(@NotNull Long correctsSeq, @NotBlank String reason, @NotNull Long adjustment, String batch,
                               @Valid SecondSigner secondSigner) {
}
