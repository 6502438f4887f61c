package org.openhat.clinic.core.dispensing;

import java.time.Instant;
import org.openhat.clinic.core.dosing.DoseCheckOutcome;

/** A dose written: its id, when the patient may leave observation, and the check it passed. */
public record DoseRecorded(long administrationId, Instant givenAt, Instant observeUntil, DoseCheckOutcome outcome) {
}
