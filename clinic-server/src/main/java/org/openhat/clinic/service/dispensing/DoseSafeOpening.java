package org.openhat.clinic.service.dispensing;

import java.time.Duration;
import java.time.Instant;
import org.openhat.clinic.core.ConflictException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.stations.SafePurpose;
import org.openhat.clinic.core.stations.SafeRequest;
import org.openhat.clinic.core.stations.SafeRequestResult;
import org.openhat.clinic.db.AdministrationDao;
import org.openhat.clinic.db.SafeRequestDao;
import org.openhat.clinic.db.Transactor;

/**
 * Every dose names the safe opening its ampoule came out of: made for a dose at this kiosk,
 * accepted by the safe, recent, and not already spent on another dose. Checked inside the dose's
 * transaction, so two doses cannot both claim one opening (the unique index on
 * administration.safe_request_ref stops the second if they race on different patients).
 */
public class DoseSafeOpening {
    public static final String FIELD = "safeRequestRef";

    private final Duration validFor;

    public DoseSafeOpening(Duration validFor) {
        this.validFor = validFor;
    }

    public void check(Transactor.Tx tx, String ref, String stationCode, Instant now) {
        if (ref == null || ref.isBlank()) {
            throw new ValidationException(FIELD, "name the safe opening the ampoule came from: open the safe first");
        }
        SafeRequest opening = tx.dao(SafeRequestDao.class).byRef(ref).orElseThrow(() -> new ValidationException(FIELD,
                "is not a safe opening: open the safe for this dose first"));
        if (!opening.stationCode().equals(stationCode)) {
            throw new ValidationException(FIELD, "the safe was opened at " + opening.stationCode()
                    + ", not at this kiosk: open this kiosk's safe for the dose");
        }
        if (opening.purpose() != SafePurpose.DOSE) {
            throw new ValidationException(FIELD, "the safe was opened for " + opening.purpose() + ", not for a dose");
        }
        if (opening.result() != SafeRequestResult.ACCEPTED) {
            throw new ValidationException(FIELD, "the safe did not open for that request (" + opening.result() + ")");
        }
        if (opening.requestedAt().isBefore(now.minus(validFor))) {
            throw new ValidationException(FIELD, "the safe was opened more than " + validFor.toMinutes()
                    + " minutes ago: open it again for this dose");
        }
        if (tx.dao(AdministrationDao.class).dosesFromSafeOpening(ref) > 0) {
            throw new ConflictException(FIELD, "that safe opening has already supplied another dose: open the safe "
                    + "again for this one");
        }
    }
}
