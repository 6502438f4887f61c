package org.openhat.clinic.api;

/** A correction is dated when it is made, so it carries no date of its own. */
public record RecordCorrection(Long correctsSeq, String reason, long adjustment, String batch) {
}
