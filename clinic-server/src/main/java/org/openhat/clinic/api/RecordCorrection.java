package org.openhat.clinic.api;

import jakarta.validation.Valid;

/**
 * A correction is dated when it is made, so it carries no date of its own. One that adjusts the
 * balance is a pharmacist's, with a second person signing in {@code secondSigner}.
 */
public record RecordCorrection(Long correctsSeq, String reason, long adjustment, String batch,
                               @Valid SecondSigner secondSigner) {
}
