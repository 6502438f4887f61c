package org.openhat.clinic.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.core.staff.StaffMember;
import java.util.stream.Collectors;

@RegisterConstructorMapper(StaffRow.class)
public interface StaffDao {
    String COLUMNS = """
            id, username, display_name, badge_code, password_hash, pin_hash, enabled, failed_pins,
            badge_locked, failed_passwords, last_failed_password_at, password_locked, created_at""";

    @SqlQuery("""
            INSERT INTO staff (username, display_name, badge_code, password_hash, pin_hash, created_at, created_by)
            VALUES (:username, :displayName, :badgeCode, :passwordHash, :pinHash, :createdAt, :createdBy)
            RETURNING id""")
    long insert(String username, String displayName, String badgeCode, String passwordHash, String pinHash,
                Instant createdAt, Long createdBy);

    @SqlUpdate("INSERT INTO staff_role (staff_id, role) VALUES (:staffId, :role)")
    void insertRole(long staffId, String role);

    @SqlQuery("SELECT " + COLUMNS + " FROM staff WHERE id = :id")
    Optional<StaffRow> findById(long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM staff WHERE username = :username")
    Optional<StaffRow> findByUsername(String username);

    @SqlQuery("SELECT " + COLUMNS + " FROM staff WHERE badge_code = :badgeCode")
    Optional<StaffRow> findByBadge(String badgeCode);

    @SqlQuery("SELECT " + COLUMNS + " FROM staff ORDER BY display_name")
    List<StaffRow> all();

    @SqlQuery("SELECT role FROM staff_role WHERE staff_id = :staffId ORDER BY role")
    List<String> rolesOf(long staffId);

    @SqlQuery("SELECT COUNT(*) FROM staff")
    long count();

    @SqlUpdate("UPDATE staff SET failed_pins = failed_pins + 1 WHERE id = :id")
    void addFailedPin(long id);

    @SqlUpdate("UPDATE staff SET badge_locked = :locked, failed_pins = 0 WHERE id = :id")
    void setBadgeLocked(long id, boolean locked);

    @SqlUpdate("UPDATE staff SET failed_pins = 0 WHERE id = :id")
    void clearFailedPins(long id);

    @SqlUpdate("UPDATE staff SET failed_passwords = failed_passwords + 1, last_failed_password_at = :at WHERE id = :id")
    void addFailedPassword(long id, Instant at);

    @SqlUpdate("UPDATE staff SET password_locked = :locked, failed_passwords = 0 WHERE id = :id")
    void setPasswordLocked(long id, boolean locked);

    @SqlUpdate("UPDATE staff SET failed_passwords = 0 WHERE id = :id")
    void clearFailedPasswords(long id);

    @SqlUpdate("UPDATE staff SET enabled = :enabled WHERE id = :id")
    void setEnabled(long id, boolean enabled);

    /** The row as the clinic sees it, with roles and without secrets. */
    default StaffMember memberOf(StaffRow row) {
        return new StaffMember(row.id(), row.username(), row.displayName(), row.badgeCode(),
                rolesOf(row.id()).stream().map(Role::valueOf).collect(Collectors.toSet()),
                row.enabled(), row.badgeLocked(), row.passwordLocked(), row.createdAt());
    }

    default Optional<StaffMember> member(long id) {
        return findById(id).map(this::memberOf);
    }
}
