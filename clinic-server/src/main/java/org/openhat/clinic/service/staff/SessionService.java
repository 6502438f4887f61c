package org.openhat.clinic.service.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.openhat.clinic.core.DiskFullException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.staff.SessionKind;
import org.openhat.clinic.core.staff.SessionPolicy;
import org.openhat.clinic.core.staff.SessionTokens;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.core.staff.StaffSession;
import org.openhat.clinic.db.SessionDao;
import org.openhat.clinic.db.SessionRow;
import org.openhat.clinic.db.StaffDao;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.db.WitnessDao;
import org.openhat.clinic.service.audit.Audits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks up the session behind a token on every request. The database is the only truth, so a
 * sign-out, an expiry or a disabled account takes effect on the very next request, on every server
 * (except a sign-out made while the disk is full, which this server holds in memory until it can
 * be written).
 */
public class SessionService {
    private static final Logger LOG = LoggerFactory.getLogger(SessionService.class);
    /** last_seen is written at most this often, so a busy kiosk does not write on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(5);

    private final Transactor transactor;
    private final SessionPolicy policy;
    private final Clock clock;
    private final PendingSignOuts pendingSignOuts = new PendingSignOuts();

    public SessionService(Transactor transactor, SessionPolicy policy, Clock clock) {
        this.transactor = transactor;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Whether a kiosk session is still live at its station, for a scan stream left open. Reads
     * only: a kiosk page left open must not keep its session alive past the idle limit. A sign-out
     * held in memory (the disk was full) ends the stream as it ends the session.
     */
    public boolean kioskSessionStillAt(String token, long stationId) {
        String hash = SessionTokens.hashOf(token);
        if (pendingSignOuts.contains(hash)) {
            return false;
        }
        Instant now = clock.instant();
        Optional<SessionRow> row = transactor.read(tx -> tx.dao(SessionDao.class).find(hash));
        return row.filter(r -> r.endedAt() == null)
                .filter(r -> SessionKind.KIOSK.name().equals(r.kind()))
                .filter(r -> r.stationId() != null && r.stationId() == stationId)
                .filter(r -> now.isBefore(r.lastSeenAt().plus(policy.idleLimit(SessionKind.KIOSK))))
                .isPresent();
    }

    public Optional<StaffSession> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = SessionTokens.hashOf(token);
        Instant now = clock.instant();
        writePendingSignOuts();
        if (pendingSignOuts.contains(hash)) {
            return Optional.empty();
        }
        // Read without a transaction: this runs on every request.
        Lookup lookup = transactor.read(tx -> lookUp(tx, hash, now));
        lookup.end().ifPresent(reason -> bookkeeping(tx -> tx.dao(SessionDao.class).end(hash, now, reason)));
        if (lookup.touch()) {
            bookkeeping(tx -> {
                tx.dao(SessionDao.class).touch(hash, now);
                return null;
            });
        }
        return lookup.session();
    }

    /** What a look-up found, and the bookkeeping it calls for: end the session, or note it was seen. */
    private record Lookup(Optional<StaffSession> session, Optional<String> end, boolean touch) {
        static Lookup refused(String endReason) {
            return new Lookup(Optional.empty(), Optional.ofNullable(endReason), false);
        }
    }

    private Lookup lookUp(Transactor.Tx tx, String hash, Instant now) {
        Optional<SessionRow> found = tx.dao(SessionDao.class).find(hash);
        if (found.isEmpty() || found.get().endedAt() != null) {
            return Lookup.refused(null);
        }
        SessionRow row = found.get();
        SessionKind kind = SessionKind.valueOf(row.kind());
        Optional<String> expiry = expiryReason(row, kind, now);
        if (expiry.isPresent()) {
            return Lookup.refused(expiry.get());
        }
        Optional<StaffMember> staff = tx.dao(StaffDao.class).member(row.staffId()).filter(StaffMember::enabled);
        if (staff.isEmpty()) {
            return Lookup.refused("disabled");
        }
        StaffMember witness = tx.dao(WitnessDao.class).current(hash)
                .flatMap(id -> tx.dao(StaffDao.class).member(id)).filter(StaffMember::enabled).orElse(null);
        return new Lookup(Optional.of(new StaffSession(staff.get(), kind, row.stationId(), row.createdAt(),
                now.plus(policy.idleLimit(kind)), witness)), Optional.empty(),
                Duration.between(row.lastSeenAt(), now).compareTo(TOUCH_EVERY) >= 0);
    }

    /**
     * A write that only keeps session records tidy. On a full disk it is skipped rather than
     * failing the request it rides on: reading must go on working, and the next request after
     * space returns writes it.
     */
    private void bookkeeping(Transactor.Work<?> write) {
        try {
            transactor.read(write);
        } catch (DiskFullException e) {
            LOG.debug("Session bookkeeping skipped: the disk is full");
        }
    }

    private Optional<String> expiryReason(SessionRow row, SessionKind kind, Instant now) {
        if (!now.isBefore(row.lastSeenAt().plus(policy.idleLimit(kind)))) {
            return Optional.of("idle");
        }
        if (kind == SessionKind.OFFICE && !now.isBefore(row.createdAt().plus(policy.officeMaximum()))) {
            return Optional.of("maximum-length");
        }
        return Optional.empty();
    }

    /** Always signs out: on a full disk the session is refused from memory until the sign-out can be written. */
    public void signOut(String token, long staffId) {
        PendingSignOuts.SignOut signOut = new PendingSignOuts.SignOut(SessionTokens.hashOf(token), staffId,
                clock.instant());
        try {
            write(signOut);
        } catch (DiskFullException e) {
            pendingSignOuts.add(signOut);
            LOG.warn("Staff {} signed out while the disk is full; the sign-out is written once there is space", staffId);
        }
    }

    private void write(PendingSignOuts.SignOut signOut) {
        transactor.inTransaction(tx -> {
            tx.dao(SessionDao.class).end(signOut.tokenHash(), signOut.at(), "signed-out");
            Audits.record(tx, signOut.at(), signOut.staffId(), AuditAction.SIGN_OUT, "staff", signOut.staffId(), null);
            return null;
        });
    }

    /**
     * Writes the sign-outs a full disk held back, oldest first, as soon as there is space again.
     * One request at a time, so a sign-out is written (and audited) once.
     */
    private void writePendingSignOuts() {
        if (pendingSignOuts.isEmpty()) {
            return;
        }
        synchronized (pendingSignOuts) {
            writeEachPendingSignOut();
        }
    }

    private void writeEachPendingSignOut() {
        try {
            for (PendingSignOuts.SignOut signOut : pendingSignOuts.all()) {
                write(signOut);
                pendingSignOuts.written(signOut);
            }
        } catch (DiskFullException e) {
            LOG.debug("Sign-outs still waiting: the disk is full");
        }
    }

    /** The witness steps away: controlled-drug work at this kiosk needs a new one. */
    public void endWitness(String token, long staffId) {
        Instant now = clock.instant();
        transactor.inTransaction(tx -> {
            if (tx.dao(WitnessDao.class).end(SessionTokens.hashOf(token), now) > 0) {
                Audits.record(tx, now, staffId, AuditAction.WITNESS_SIGNED_OUT, "staff", staffId, null);
            }
            return null;
        });
    }
}
