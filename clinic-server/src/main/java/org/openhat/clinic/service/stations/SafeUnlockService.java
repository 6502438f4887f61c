package org.openhat.clinic.service.stations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openhat.clinic.core.ConflictException;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.staff.SessionKind;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.core.staff.StaffSession;
import org.openhat.clinic.core.stations.KioskStation;
import org.openhat.clinic.core.stations.SafePurpose;
import org.openhat.clinic.core.stations.SafeRequest;
import org.openhat.clinic.core.stations.SafeRequestResult;
import org.openhat.clinic.core.stations.StationAccessRefused;
import org.openhat.clinic.core.stations.StationSafe;
import org.openhat.clinic.core.stations.StationSafes;
import org.openhat.clinic.db.SafeRequestDao;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.audit.Audits;
import org.openhat.devices.safe.SafeCommandResult;

/**
 * Opens a safe compartment for controlled-drug work. Only a kiosk session at the safe's own
 * station with a witness beside the nurse (two different people) may ask; the request is recorded
 * before the safe is asked, and its reference goes with every event the unlock leads to.
 */
public class SafeUnlockService {
    /** The driver finishes a command within about a second (four tries of 250 ms); this is a backstop. */
    private static final long ANSWER_WAIT_SECONDS = 5;
    private static final int SAFE_TEXT_MAX = 32;

    private final Transactor transactor;
    private final StationService stations;
    private final StationSafes safes;
    private final Clock clock;

    public SafeUnlockService(Transactor transactor, StationService stations, StationSafes safes, Clock clock) {
        this.transactor = transactor;
        this.stations = stations;
        this.safes = safes;
        this.clock = clock;
    }

    /** Refused with {@link StationAccessRefused} (403) or {@link ConflictException} (409) before the safe hears anything. */
    public SafeRequest unlock(StaffSession session, String stationCode, SafePurpose purpose, int compartment,
                              String reference) {
        KioskStation station = stations.byCode(stationCode);
        requireKioskAt(session, station);
        StationSafe safe = safes.safeAt(station.code())
                .orElseThrow(() -> new NotFoundException("safe at station", station.code()));
        if (!session.hasWitness()) {
            throw new ConflictException("witness", "a second member of staff must sign in as witness before the safe opens");
        }
        if (purpose == null) {
            throw new ValidationException("purpose", "say why the safe is opened");
        }
        if (compartment < 1 || compartment > safe.compartments()) {
            throw new ValidationException("compartment", "must be 1 to " + safe.compartments());
        }
        if (reference != null && reference.length() > 64) {
            throw new ValidationException("reference", "must be at most 64 characters");
        }
        if (!safe.controller().status().online()) {
            throw new ConflictException("station", "the safe at " + station.code() + " is offline; it cannot be opened now");
        }
        String operator = safeText(session.staff());
        String witness = safeText(session.witness());
        String ref = UUID.randomUUID().toString();
        Instant now = clock.instant();
        transactor.inTransaction(tx -> {
            long id = tx.dao(SafeRequestDao.class).insert(ref, station.code(), purpose.name(), compartment, reference,
                    session.staff().id(), session.witness().id(), operator, witness, now);
            Audits.record(tx, now, session.staff().id(), AuditAction.SAFE_UNLOCK_REQUESTED, "safe_request", id,
                    station.code() + " compartment " + compartment + " " + purpose + " witness staff "
                            + session.witness().id());
            return id;
        });
        // committed before the safe hears of it, so the UNLOCKED that follows the ACK finds the request
        SafeCommandResult result = ask(safe, compartment, operator, witness);
        SafeRequest answered = record(ref, session.staff().id(), result);
        if (answered.result() != SafeRequestResult.ACCEPTED) {
            throw new ConflictException("station", refusal(station.code(), answered));
        }
        return answered;
    }

    public List<SafeRequest> latest(String stationCode, int limit) {
        return transactor.read(tx -> tx.dao(SafeRequestDao.class).latest(stationCode, limit));
    }

    static void requireKioskAt(StaffSession session, KioskStation station) {
        if (session.kind() != SessionKind.KIOSK || session.stationId() == null
                || session.stationId() != station.id()) {
            throw new StationAccessRefused("sign in with your badge at " + station.code() + " to use its devices");
        }
    }

    private static SafeCommandResult ask(StationSafe safe, int compartment, String operator, String witness) {
        try {
            return safe.controller().unlock(compartment, safe.unlockSeconds(), operator, witness)
                    .get(ANSWER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return new SafeCommandResult.NoReply(0);
        } catch (ExecutionException e) {
            return new SafeCommandResult.NotSent("the safe driver failed: " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SafeCommandResult.NoReply(0);
        }
    }

    private SafeRequest record(String ref, long staffId, SafeCommandResult result) {
        SafeRequestResult outcome;
        String detail = null;
        if (result instanceof SafeCommandResult.Accepted) {
            outcome = SafeRequestResult.ACCEPTED;
        } else if (result instanceof SafeCommandResult.Refused r) {
            outcome = SafeRequestResult.REFUSED;
            detail = r.reason().name();
        } else if (result instanceof SafeCommandResult.NoReply n) {
            outcome = SafeRequestResult.NO_REPLY;
            detail = "no reply after " + n.attempts() + " tries";
        } else {
            outcome = SafeRequestResult.NOT_SENT;
            detail = ((SafeCommandResult.NotSent) result).why();
        }
        String why = detail;
        Instant now = clock.instant();
        return transactor.inTransaction(tx -> {
            SafeRequestDao requests = tx.dao(SafeRequestDao.class);
            requests.answer(ref, outcome.name(), why, now);
            SafeRequest answered = requests.byRef(ref).orElseThrow();
            Audits.record(tx, now, staffId, AuditAction.SAFE_UNLOCK_ANSWERED, "safe_request", answered.id(),
                    outcome + (why == null ? "" : " " + why));
            return answered;
        });
    }

    private static String refusal(String stationCode, SafeRequest r) {
        return switch (r.result()) {
            case REFUSED -> "the safe at " + stationCode + " refused to open: " + r.resultDetail();
            case NOT_SENT -> "the safe at " + stationCode + " is offline; it cannot be opened now";
            case NO_REPLY -> "the safe at " + stationCode + " did not answer; check the door before trying again";
            default -> "the safe at " + stationCode + " did not open";
        };
    }

    /** Staff are named to the safe by badge code (what the safe's own log shows), else username. */
    private static String safeText(StaffMember staff) {
        String text = staff.badgeCode() != null && !staff.badgeCode().isBlank() ? staff.badgeCode() : staff.username();
        return text.length() > SAFE_TEXT_MAX ? text.substring(0, SAFE_TEXT_MAX) : text;
    }
}
