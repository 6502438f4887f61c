package org.openhat.clinic.api;

import java.time.Instant;
import org.openhat.clinic.core.register.Waste;

public record RecordWaste(Instant occurredAt, long wasteMg, long ampoulesOpened, Long administrationSeq, String batch,
                          boolean denatured, Long witnessId, String stationCode) {
    public Waste line() {
        return new Waste(occurredAt, wasteMg, ampoulesOpened, administrationSeq, batch, denatured, witnessId, stationCode);
    }
}
