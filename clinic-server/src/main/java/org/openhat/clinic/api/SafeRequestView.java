package org.openhat.clinic.api;

import java.time.Instant;
import org.openhat.clinic.core.stations.SafeRequest;

public record SafeRequestView(String requestRef, String stationCode, String purpose, int compartment,
                              String reference, long staffId, long witnessStaffId, Instant requestedAt,
                              String result, String resultDetail) {
    public static SafeRequestView of(SafeRequest r) {
        return new SafeRequestView(r.requestRef(), r.stationCode(), r.purpose().name(), r.compartment(), r.reference(),
                r.staffId(), r.witnessStaffId(), r.requestedAt(), r.result().name(), r.resultDetail());
    }
}
