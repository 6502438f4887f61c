package org.openhat.clinic.service.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openhat.clinic.core.ConflictException;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.staff.NewStaffMember;
import org.openhat.clinic.core.staff.SecretHasher;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.db.SessionDao;
import org.openhat.clinic.db.StaffDao;
import org.openhat.clinic.db.StaffRow;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.audit.Audits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Accounts: creating them, disabling them (which ends their sessions at once) and unlocking them. */
public class StaffService {
    private static final Logger LOG = LoggerFactory.getLogger(StaffService.class);

    private final Transactor transactor;
    private final SecretHasher hasher;
    private final Clock clock;

    public StaffService(Transactor transactor, SecretHasher hasher, Clock clock) {
        this.transactor = transactor;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** {@code byStaffId} is null only when the first admin is created from the command line. */
    public StaffMember create(NewStaffMember account, Long byStaffId) {
        validate(account);
        String passwordHash = hasher.hash(account.password());
        String pinHash = account.pin() == null ? null : hasher.hash(account.pin());
        Instant now = clock.instant();
        return transactor.inTransaction(tx -> {
            StaffDao staff = tx.dao(StaffDao.class);
            if (staff.findByUsername(account.username()).isPresent()) {
                throw new ConflictException("username", "that username is taken");
            }
            if (account.badgeCode() != null && staff.findByBadge(account.badgeCode()).isPresent()) {
                throw new ConflictException("badgeCode", "that badge belongs to someone else");
            }
            long id = staff.insert(account.username(), account.displayName(), account.badgeCode(), passwordHash,
                    pinHash, now, byStaffId);
            account.roles().forEach(role -> staff.insertRole(id, role.name()));
            Audits.record(tx, now, byStaffId == null ? id : byStaffId, AuditAction.STAFF_CREATED, "staff", id,
                    "roles " + account.roles());
            return staff.member(id).orElseThrow();
        });
    }

    private static void validate(NewStaffMember account) {
        if (account.roles() == null || account.roles().isEmpty()) {
            throw new ValidationException("roles", "at least one role is required");
        }
        if (account.password() == null || account.password().length() < 12) {
            throw new ValidationException("password", "must be at least 12 characters");
        }
        if (account.pin() != null && !account.pin().matches("\\d{4,8}")) {
            throw new ValidationException("pin", "must be 4 to 8 digits");
        }
        if ((account.pin() == null) != (account.badgeCode() == null)) {
            throw new ValidationException("pin", "a badge and a PIN go together");
        }
    }

    public List<StaffMember> all() {
        return transactor.read(tx -> {
            StaffDao staff = tx.dao(StaffDao.class);
            return staff.all().stream().map(staff::memberOf).toList();
        });
    }

    /** The enabled member of staff a scanned badge belongs to, if any: the kiosk names who was scanned. */
    public Optional<StaffMember> enabledByBadge(String badgeCode) {
        return transactor.read(tx -> {
            StaffDao staff = tx.dao(StaffDao.class);
            return staff.findByBadge(badgeCode).filter(StaffRow::enabled).map(staff::memberOf);
        });
    }

    public StaffMember get(long id) {
        return transactor.read(tx -> tx.dao(StaffDao.class).member(id))
                .orElseThrow(() -> new NotFoundException("staff", id));
    }

    public StaffMember setEnabled(long id, boolean enabled, long byStaffId) {
        if (!enabled && id == byStaffId) {
            throw new ValidationException("id", "you cannot disable your own account");
        }
        Instant now = clock.instant();
        return transactor.inTransaction(tx -> {
            StaffDao staff = tx.dao(StaffDao.class);
            staff.findById(id).orElseThrow(() -> new NotFoundException("staff", id));
            staff.setEnabled(id, enabled);
            if (!enabled) {
                tx.dao(SessionDao.class).endAllFor(id, now, "disabled");
            }
            Audits.record(tx, now, byStaffId, enabled ? AuditAction.STAFF_ENABLED : AuditAction.STAFF_DISABLED,
                    "staff", id, null);
            return staff.member(id).orElseThrow();
        });
    }

    public StaffMember unlockBadge(long id, long byStaffId) {
        return unlock(id, byStaffId, AuditAction.BADGE_UNLOCKED);
    }

    public StaffMember unlockPassword(long id, long byStaffId) {
        return unlock(id, byStaffId, AuditAction.PASSWORD_UNLOCKED);
    }

    private StaffMember unlock(long id, long byStaffId, AuditAction action) {
        Instant now = clock.instant();
        StaffMember unlocked = transactor.inTransaction(tx -> {
            StaffDao staff = tx.dao(StaffDao.class);
            staff.findById(id).orElseThrow(() -> new NotFoundException("staff", id));
            if (action == AuditAction.BADGE_UNLOCKED) {
                staff.setBadgeLocked(id, false);
            } else {
                staff.setPasswordLocked(id, false);
            }
            Audits.record(tx, now, byStaffId, action, "staff", id, null);
            return staff.member(id).orElseThrow();
        });
        LOG.info("Staff {} {} by staff {}", id, action, byStaffId);
        return unlocked;
    }
}
