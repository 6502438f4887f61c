package org.openhat.clinic.testing;

import java.time.Instant;
import java.util.UUID;
import org.openhat.clinic.core.stations.SafePurpose;
import org.openhat.clinic.db.SafeRequestDao;
import org.openhat.clinic.db.Transactor;

/**
 * Safe openings as SafeUnlockService records them, for tests of the dosing flow that run without
 * a safe device: the request row, then the safe's answer.
 */
public final class SafeOpenings {
    private SafeOpenings() {
    }

    /** An unlock for {@code purpose} at {@code station} that the safe accepted at {@code at}; returns its reference. */
    public static String accepted(Transactor transactor, String station, SafePurpose purpose, long nurseId,
                                  long witnessId, Instant at) {
        return answered(transactor, station, purpose, nurseId, witnessId, at, "ACCEPTED");
    }

    public static String answered(Transactor transactor, String station, SafePurpose purpose, long nurseId,
                                  long witnessId, Instant at, String result) {
        String ref = UUID.randomUUID().toString();
        transactor.inTransaction(tx -> {
            SafeRequestDao requests = tx.dao(SafeRequestDao.class);
            requests.insert(ref, station, purpose.name(), 1, null, nurseId, witnessId, "N0042", "N0107", at);
            requests.answer(ref, result, null, at);
            return null;
        });
        return ref;
    }
}
