package org.openhat.clinic.core.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.openhat.clinic.core.Transactor;
import org.openhat.clinic.core.Audits;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.db.SessionDao;
import org.openhat.clinic.db.SessionRow;
import org.openhat.clinic.db.StaffDao;
import org.openhat.clinic.db.WitnessDao;

/**
 * Looks up the session behind a token on every request. The database is the only truth, so a
 * sign-out, an expiry or a disabled account takes effect on the very next request, on every server.
 */
public class SessionService {
    /** last_seen is written at most this often, so a busy kiosk does not write on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(5);

    private final Transactor transactor;
    private final SessionPolicy policy;
    private final Clock clock;

    public SessionService(Transactor transactor, SessionPolicy policy, Clock clock) {
        this.transactor = transactor;
        this.policy = policy;
        this.clock = clock;
    }

    public Optional<StaffSession> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = SessionTokens.hashOf(token);
        Instant now = clock.instant();
        // Read without a transaction: this runs on every request, and its only writes are single statements.
        return transactor.read(tx -> {
            SessionDao sessions = tx.dao(SessionDao.class);
            Optional<SessionRow> found = sessions.find(hash);
            if (found.isEmpty() || found.get().endedAt() != null) {
                return Optional.empty();
            }
            SessionRow row = found.get();
            SessionKind kind = SessionKind.valueOf(row.kind());
            Optional<String> expiry = expiryReason(row, kind, now);
            if (expiry.isPresent()) {
                sessions.end(hash, now, expiry.get());
                return Optional.empty();
            }
            Optional<StaffMember> staff = tx.dao(StaffDao.class).member(row.staffId()).filter(StaffMember::enabled);
            if (staff.isEmpty()) {
                sessions.end(hash, now, "disabled");
                return Optional.empty();
            }
            if (Duration.between(row.lastSeenAt(), now).compareTo(TOUCH_EVERY) >= 0) {
                sessions.touch(hash, now);
            }
            StaffMember witness = tx.dao(WitnessDao.class).current(hash)
                    .flatMap(id -> tx.dao(StaffDao.class).member(id)).filter(StaffMember::enabled).orElse(null);
            return Optional.of(new StaffSession(staff.get(), kind, row.stationId(), row.createdAt(),
                    now.plus(policy.idleLimit(kind)), witness));
        });
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

    public void signOut(String token, long staffId) {
        Instant now = clock.instant();
        transactor.inTransaction(tx -> {
            tx.dao(SessionDao.class).end(SessionTokens.hashOf(token), now, "signed-out");
            Audits.record(tx, now, staffId, AuditAction.SIGN_OUT, "staff", staffId, null);
            return null;
        });
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
