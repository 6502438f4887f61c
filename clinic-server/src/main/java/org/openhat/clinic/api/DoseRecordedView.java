package org.openhat.clinic.api;

import java.time.Instant;
import org.openhat.clinic.core.dispensing.DoseRecorded;

public record DoseRecordedView(long administrationId, Instant givenAt, Instant mayLeaveAt, DoseCheckResponse check) {
    public static DoseRecordedView of(DoseRecorded r) {
        return new DoseRecordedView(r.administrationId(), r.givenAt(), r.observeUntil(), DoseCheckResponse.of(r.outcome()));
    }
}
