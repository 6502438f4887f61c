package org.openhat.clinic.core.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.openhat.clinic.core.Transactor;
import org.openhat.clinic.core.Audits;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.audit.AuditEvent;
import org.openhat.clinic.db.AuditDao;
import org.openhat.clinic.db.SessionDao;
import org.openhat.clinic.db.StaffDao;
import org.openhat.clinic.db.StaffRow;
import org.openhat.clinic.db.WitnessDao;
import org.openhat.clinic.core.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Office sign-in (username + password) and kiosk sign-in (badge + PIN). Failures are counted;
 * a badge locks after too many wrong PINs, a password slows down and then locks. Only an admin
 * unlocks. Every outcome is audited; no secret is ever logged.
 */
public class SignInService {
    private static final Logger LOG = LoggerFactory.getLogger(SignInService.class);
    private static final String WRONG = "Wrong username or password";

    private final Transactor transactor;
    private final SecretHasher hasher;
    private final SessionPolicy policy;
    private final Clock clock;

    public SignInService(Transactor transactor, SecretHasher hasher, SessionPolicy policy, Clock clock) {
        this.transactor = transactor;
        this.hasher = hasher;
        this.policy = policy;
        this.clock = clock;
    }

    public SignedIn signInWithPassword(String username, String password) {
        StaffRow row = verifyPassword(username, password);
        Instant now = clock.instant();
        return transactor.inTransaction(tx -> startSession(tx, row, SessionKind.OFFICE, null, now));
    }

    /**
     * A second person proves who they are for one controlled-drug entry, with their badge and PIN
     * or their username and password, exactly as at sign-in: wrong PINs count towards the badge
     * lock, wrong passwords towards the password lock, and every failure is audited. No session
     * starts. Refused with {@link SignInRefused}.
     */
    public StaffMember verifySecondSigner(SecondSignerCredentials credentials) {
        StaffRow row = credentials.byBadge()
                ? verifyBadge(credentials.badgeCode(), credentials.pin())
                : verifyPassword(credentials.username(), credentials.password());
        return transactor.read(tx -> tx.dao(StaffDao.class).memberOf(row));
    }

    /** Checks a username and password, counting failures, slowing down and locking at the limits. */
    private StaffRow verifyPassword(String username, String password) {
        Instant now = clock.instant();
        Optional<StaffRow> found = transactor.read(tx -> tx.dao(StaffDao.class).findByUsername(username));
        if (found.isEmpty()) {
            hasher.spendDecoyCheck(password);
            audit(null, AuditAction.SIGN_IN_FAILED, "unknown username");
            throw new SignInRefused(WRONG);
        }
        StaffRow row = found.get();
        refuseIfBarred(row, now);
        // Hash outside the transaction: argon2 takes tens of milliseconds and must not hold the write lock.
        boolean matches = hasher.matches(password, row.passwordHash());
        boolean verified = transactor.inTransaction(tx -> {
            StaffDao staff = tx.dao(StaffDao.class);
            AuditDao audit = tx.dao(AuditDao.class);
            if (!matches) {
                staff.addFailedPassword(row.id(), now);
                audit.record(event(row.id(), AuditAction.SIGN_IN_FAILED, "wrong password"));
                if (row.failedPasswords() + 1 >= policy.passwordLockAfter()) {
                    staff.setPasswordLocked(row.id(), true);
                    audit.record(event(row.id(), AuditAction.PASSWORD_LOCKED, "too many wrong passwords"));
                    LOG.warn("Password sign-in locked for staff {} after repeated failures", row.id());
                }
                return false;
            }
            staff.clearFailedPasswords(row.id());
            return true;
        });
        if (!verified) {
            throw new SignInRefused(WRONG);
        }
        return row;
    }

    public SignedIn signInWithBadge(String badgeCode, String pin, long stationId) {
        StaffRow row = verifyBadge(badgeCode, pin);
        Instant now = clock.instant();
        return transactor.inTransaction(tx -> startSession(tx, row, SessionKind.KIOSK, stationId, now));
    }

    /**
     * A second person signs in with badge and PIN beside a nurse's kiosk session, as the witness
     * controlled-drug work needs. Wrong PINs count towards the witness's badge lock as at sign-in.
     */
    public StaffMember signInWitness(String sessionToken, StaffSession session, String badgeCode, String pin) {
        if (session.kind() != SessionKind.KIOSK) {
            throw new ValidationException("badgeCode", "a witness signs in beside a kiosk session, not an office one");
        }
        StaffRow row = verifyBadge(badgeCode, pin);
        if (row.id() == session.staff().id()) {
            throw new ValidationException("badgeCode", "the witness must be a different member of staff");
        }
        Instant now = clock.instant();
        String hash = SessionTokens.hashOf(sessionToken);
        return transactor.inTransaction(tx -> {
            WitnessDao witnesses = tx.dao(WitnessDao.class);
            witnesses.end(hash, now);
            witnesses.insert(hash, row.id(), now);
            Audits.record(tx, now, session.staff().id(), AuditAction.WITNESS_SIGNED_IN, "staff", row.id(),
                    "station " + session.stationId());
            return tx.dao(StaffDao.class).memberOf(row);
        });
    }

    /** Checks a badge and PIN, counting wrong PINs and locking the badge at the limit. */
    private StaffRow verifyBadge(String badgeCode, String pin) {
        Optional<StaffRow> found = transactor.read(tx -> tx.dao(StaffDao.class).findByBadge(badgeCode));
        if (found.isEmpty()) {
            hasher.spendDecoyCheck(pin);
            audit(null, AuditAction.SIGN_IN_FAILED, "unknown badge");
            throw new SignInRefused("Badge not recognised or wrong PIN");
        }
        StaffRow row = found.get();
        if (!row.enabled()) {
            throw new SignInRefused("This account is disabled");
        }
        if (row.badgeLocked()) {
            throw new SignInRefused("This badge is locked after too many wrong PINs; ask an admin to unlock it");
        }
        boolean matches = hasher.matches(pin, row.pinHash());
        String outcome = transactor.inTransaction(tx -> {
            StaffDao staff = tx.dao(StaffDao.class);
            if (matches) {
                staff.clearFailedPins(row.id());
                return "ok";
            }
            staff.addFailedPin(row.id());
            AuditDao audit = tx.dao(AuditDao.class);
            audit.record(event(row.id(), AuditAction.SIGN_IN_FAILED, "wrong PIN"));
            if (row.failedPins() + 1 >= policy.badgeLockAfterWrongPins()) {
                staff.setBadgeLocked(row.id(), true);
                audit.record(event(row.id(), AuditAction.BADGE_LOCKED, "too many wrong PINs"));
                LOG.warn("Badge locked for staff {} after repeated wrong PINs", row.id());
                return "locked";
            }
            return "wrong";
        });
        return switch (outcome) {
            case "ok" -> row;
            case "locked" -> throw new SignInRefused("Wrong PIN. This badge is now locked; ask an admin to unlock it");
            default -> throw new SignInRefused("Badge not recognised or wrong PIN");
        };
    }

    private void refuseIfBarred(StaffRow row, Instant now) {
        if (!row.enabled()) {
            throw new SignInRefused("This account is disabled");
        }
        if (row.passwordLocked()) {
            throw new SignInRefused("This account is locked after too many failed sign-ins; ask an admin to unlock it");
        }
        Duration wait = policy.passwordBackoff(row.failedPasswords());
        if (!wait.isZero() && row.lastFailedPasswordAt() != null) {
            Instant allowedFrom = row.lastFailedPasswordAt().plus(wait);
            if (now.isBefore(allowedFrom)) {
                throw new SignInRefused("Too many failed sign-ins; try again shortly", Duration.between(now, allowedFrom));
            }
        }
    }

    private SignedIn startSession(Transactor.Tx tx, StaffRow row, SessionKind kind, Long stationId, Instant now) {
        String token = SessionTokens.newToken();
        tx.dao(SessionDao.class).insert(SessionTokens.hashOf(token), row.id(), kind.name(), stationId, now);
        tx.dao(AuditDao.class).record(event(row.id(), AuditAction.SIGN_IN, kind.name().toLowerCase()));
        StaffMember member = tx.dao(StaffDao.class).memberOf(row);
        Instant expires = now.plus(policy.idleLimit(kind));
        return new SignedIn(token, new StaffSession(member, kind, stationId, now, expires));
    }

    private void audit(Long staffId, AuditAction action, String detail) {
        transactor.inTransaction(tx -> {
            tx.dao(AuditDao.class).record(event(staffId, action, detail));
            return null;
        });
    }

    private AuditEvent event(Long staffId, AuditAction action, String detail) {
        return new AuditEvent(clock.instant(), staffId, action, "staff", staffId == null ? null : staffId.toString(), detail);
    }
}
