package org.openhat.clinic.service.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.audit.AuditEvent;
import org.openhat.clinic.core.dispensing.DoseWitnessRule;
import org.openhat.clinic.core.dispensing.KioskAbilities;
import org.openhat.clinic.core.staff.SecondSignerCredentials;
import org.openhat.clinic.core.staff.SecretHasher;
import org.openhat.clinic.core.staff.SessionKind;
import org.openhat.clinic.core.staff.SessionPolicy;
import org.openhat.clinic.core.staff.SessionTokens;
import org.openhat.clinic.core.staff.SignInRefused;
import org.openhat.clinic.core.staff.SignedIn;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.core.staff.StaffSession;
import org.openhat.clinic.core.stations.StationAccessRefused;
import org.openhat.clinic.db.AuditDao;
import org.openhat.clinic.db.SessionDao;
import org.openhat.clinic.db.StaffDao;
import org.openhat.clinic.db.StaffRow;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.db.WitnessDao;
import org.openhat.clinic.service.audit.Audits;
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
    // Worded for a username or badge whether or not an account has it: the refusal must not say one exists.
    private static final String PASSWORD_LOCKED =
            "Sign-in with this username is locked after too many failed attempts; ask an admin to unlock it";
    private static final String SLOW_DOWN = "Too many failed sign-ins; try again shortly";
    private static final String WRONG_PIN = "Badge not recognised or wrong PIN";
    private static final String BADGE_NOW_LOCKED = "Wrong PIN. This badge is now locked; ask an admin to unlock it";
    private static final String BADGE_LOCKED = "This badge is locked after too many wrong PINs; ask an admin to unlock it";

    private final Transactor transactor;
    private final SecretHasher hasher;
    private final SessionPolicy policy;
    private final Clock clock;
    private final UnknownNameFailures unknownUsernames;
    private final UnknownNameFailures unknownBadges;

    public SignInService(Transactor transactor, SecretHasher hasher, SessionPolicy policy, Clock clock) {
        this(transactor, hasher, policy, clock, UnknownNameFailures.DEFAULT_CAPACITY);
    }

    SignInService(Transactor transactor, SecretHasher hasher, SessionPolicy policy, Clock clock, int unknownNamesRemembered) {
        this.transactor = transactor;
        this.hasher = hasher;
        this.policy = policy;
        this.clock = clock;
        this.unknownUsernames = new UnknownNameFailures(unknownNamesRemembered);
        this.unknownBadges = new UnknownNameFailures(unknownNamesRemembered);
    }

    /** How many unknown usernames' failures are remembered now; bounded whatever is tried. */
    int unknownUsernamesRemembered() {
        return unknownUsernames.size();
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
            refusePasswordUnknown(username, password, now);
        }
        StaffRow row = found.get();
        refuseIfBarred(row.passwordLocked(), row.failedPasswords(), row.lastFailedPasswordAt(), now);
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
            if (!row.enabled()) {
                return false;
            }
            staff.clearFailedPasswords(row.id());
            return true;
        });
        if (matches && !row.enabled()) {
            // only someone who knows the password learns that the account exists and is disabled
            throw new SignInRefused("This account is disabled");
        }
        if (!verified) {
            throw new SignInRefused(WRONG);
        }
        return row;
    }

    /** An unknown username goes through the same bars, the same hashing time and the same count as a real one. */
    private void refusePasswordUnknown(String username, String password, Instant now) {
        UnknownNameFailures.Failures failures = unknownUsernames.of(username);
        refuseIfBarred(failures.count() >= policy.passwordLockAfter(), failures.count(), failures.lastAt(), now);
        hasher.spendDecoyCheck(password);
        unknownUsernames.failed(username, now);
        audit(null, AuditAction.SIGN_IN_FAILED, "unknown username");
        throw new SignInRefused(WRONG);
    }

    /**
     * Kiosk sign-in. Someone with nothing to do at a kiosk (an admin, co-ordinator or inspector) is
     * refused with {@link StationAccessRefused}, once their PIN has proved who they are.
     */
    public SignedIn signInWithBadge(String badgeCode, String pin, long stationId) {
        StaffRow row = verifyBadge(badgeCode, pin);
        Instant now = clock.instant();
        return transactor.inTransaction(tx -> {
            if (!KioskAbilities.maySignIn(tx.dao(StaffDao.class).memberOf(row))) {
                throw new StationAccessRefused(KioskAbilities.REFUSAL);
            }
            return startSession(tx, row, SessionKind.KIOSK, stationId, now);
        });
    }

    /**
     * A second person signs in with badge and PIN beside a nurse's kiosk session, as the witness
     * controlled-drug work needs. Wrong PINs count towards the witness's badge lock as at sign-in.
     * The witness must be someone the clinic's {@link DoseWitnessRule} admits: the kiosk's witness
     * stands beside the safe and the dose.
     */
    public StaffMember signInWitness(String sessionToken, StaffSession session, String badgeCode, String pin,
                                     DoseWitnessRule rule) {
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
            if (!rule.admits(tx.dao(StaffDao.class).memberOf(row))) {
                throw new ValidationException("badgeCode", rule.refusal());
            }
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
            refuseBadgeUnknown(badgeCode, pin);
        }
        StaffRow row = found.get();
        if (row.badgeLocked()) {
            throw new SignInRefused(BADGE_LOCKED);
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
            case "ok" -> enabled(row);
            case "locked" -> throw new SignInRefused(BADGE_NOW_LOCKED);
            default -> throw new SignInRefused(WRONG_PIN);
        };
    }

    /** As for a real badge: wrong PINs counted, and the same answers when the count reaches the lock. */
    private void refuseBadgeUnknown(String badgeCode, String pin) {
        if (unknownBadges.of(badgeCode).count() >= policy.badgeLockAfterWrongPins()) {
            throw new SignInRefused(BADGE_LOCKED);
        }
        hasher.spendDecoyCheck(pin);
        int failures = unknownBadges.failed(badgeCode, clock.instant());
        audit(null, AuditAction.SIGN_IN_FAILED, "unknown badge");
        throw new SignInRefused(failures >= policy.badgeLockAfterWrongPins() ? BADGE_NOW_LOCKED : WRONG_PIN);
    }

    /** Said only after the right PIN, so a badge found on the floor does not tell whose account is disabled. */
    private static StaffRow enabled(StaffRow row) {
        if (!row.enabled()) {
            throw new SignInRefused("This account is disabled");
        }
        return row;
    }

    private void refuseIfBarred(boolean locked, int failures, Instant lastFailedAt, Instant now) {
        if (locked) {
            throw new SignInRefused(PASSWORD_LOCKED);
        }
        Duration wait = policy.passwordBackoff(failures);
        if (!wait.isZero() && lastFailedAt != null) {
            Instant allowedFrom = lastFailedAt.plus(wait);
            if (now.isBefore(allowedFrom)) {
                throw new SignInRefused(SLOW_DOWN, Duration.between(now, allowedFrom));
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
