package org.openhat.clinic.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.openhat.clinic.core.audit.AuditEvent;
import org.openhat.clinic.core.register.Ledger;
import org.openhat.clinic.core.register.LedgerHead;
import org.openhat.clinic.core.register.RegisterEntry;

/**
 * Only what one append needs, as plain prepared statements on the transaction's own connection.
 * An append is a handful of one-row statements; through SqlObject each cost more JDBI set-up
 * (attach, handler, config copies, binding) than SQLite's work, so the append ran at a tenth of a
 * raw commit (docs/performance.md, "Register"). Same SQL, same transaction, same values as
 * {@link RegisterDao} and {@link AuditDao} store them (instants as epoch milliseconds).
 * {@code tx.dao(LedgerAppendDao.class)} builds it on the handle (see {@link JdbiTransactor}).
 */
public final class LedgerAppendDao {
    private static final String LOCK_HEAD = """
            UPDATE register_ledger_head SET last_seq = last_seq WHERE ledger_id = ?
            RETURNING ledger_id, last_seq, last_hash, balance, last_entry_at""";
    private static final String LEDGER = RegisterDao.LEDGER + " WHERE id = ?";
    private static final String ENTRY = RegisterDao.ENTRY + " WHERE ledger_id = ? AND seq = ?";
    private static final String BATCH_BALANCE =
            "SELECT batch_balance FROM register_entry WHERE ledger_id = ? AND batch = ? ORDER BY seq DESC LIMIT 1";
    private static final String INSERT_ENTRY = "INSERT INTO register_entry (" + RegisterDao.ENTRY_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String MOVE_HEAD = """
            UPDATE register_ledger_head SET last_seq = ?, last_hash = ?, balance = ?, last_entry_at = ?
            WHERE ledger_id = ?""";
    private static final String SIGNER_ROLES = """
            SELECT s.id, r.role, s.display_name FROM staff s JOIN staff_role r ON r.staff_id = s.id
            WHERE (s.id = ? OR s.id = ?) AND s.enabled = TRUE""";
    private static final String AUDIT = """
            INSERT INTO audit_log (at, staff_id, action, record_type, record_id, detail)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final RegisterEntryMapper ENTRIES = new RegisterEntryMapper();

    private final Connection connection;

    public LedgerAppendDao(Handle handle) {
        this.connection = handle.getConnection();
    }

    /** One enabled signer's role: a signer with several roles has several. */
    public record SignerRole(long staffId, String role, String displayName) {
    }

    /**
     * Locks the ledger's head row (concurrent appends to one ledger queue up on it; on SQLite the
     * IMMEDIATE transaction already holds the write lock) and reads it, in one statement; empty if
     * there is no such ledger.
     */
    public Optional<LedgerHead> lockHead(long ledgerId) {
        try (PreparedStatement s = connection.prepareStatement(LOCK_HEAD)) {
            s.setLong(1, ledgerId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long at = rs.getLong(5);
                Instant lastEntryAt = rs.wasNull() ? null : Instant.ofEpochMilli(at);
                return Optional.of(new LedgerHead(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        lastEntryAt));
            }
        } catch (SQLException e) {
            throw failed(LOCK_HEAD, e);
        }
    }

    public Optional<Ledger> ledger(long id) {
        try (PreparedStatement s = connection.prepareStatement(LEDGER)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Ledger(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), Instant.ofEpochMilli(rs.getLong(7)), rs.getLong(8)));
            }
        } catch (SQLException e) {
            throw failed(LEDGER, e);
        }
    }

    public Optional<RegisterEntry> entry(long ledgerId, long seq) {
        try (PreparedStatement s = connection.prepareStatement(ENTRY)) {
            s.setLong(1, ledgerId);
            s.setLong(2, seq);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(ENTRIES.map(rs, null)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed(ENTRY, e);
        }
    }

    /** The batch balance after the batch's last entry in this ledger; empty if the batch has none. */
    public Optional<Long> batchBalance(long ledgerId, String batch) {
        try (PreparedStatement s = connection.prepareStatement(BATCH_BALANCE)) {
            s.setLong(1, ledgerId);
            s.setString(2, batch);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long balance = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(balance);
            }
        } catch (SQLException e) {
            throw failed(BATCH_BALANCE, e);
        }
    }

    public void insertEntry(RegisterEntry e) {
        try (PreparedStatement s = connection.prepareStatement(INSERT_ENTRY)) {
            s.setLong(1, e.ledgerId());
            s.setLong(2, e.seq());
            s.setString(3, e.kind().name());
            s.setLong(4, e.occurredAt().toEpochMilli());
            s.setLong(5, e.recordedAt().toEpochMilli());
            s.setLong(6, e.recordedBy());
            setLong(s, 7, e.secondStaffId());
            s.setLong(8, e.ampoules());
            s.setLong(9, e.balance());
            setString(s, 10, e.batch());
            setLong(s, 11, e.batchBalance());
            setString(s, 12, e.stationCode());
            setString(s, 13, e.safeRequestRef());
            setLong(s, 14, e.correctsSeq());
            s.setString(15, e.details());
            s.setString(16, e.prevHash());
            s.setString(17, e.hash());
            s.executeUpdate();
        } catch (SQLException ex) {
            throw failed(INSERT_ENTRY, ex);
        }
    }

    public void moveHead(LedgerHead head) {
        try (PreparedStatement s = connection.prepareStatement(MOVE_HEAD)) {
            s.setLong(1, head.lastSeq());
            s.setString(2, head.lastHash());
            s.setLong(3, head.balance());
            setInstant(s, 4, head.lastEntryAt());
            s.setLong(5, head.ledgerId());
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("the head of ledger " + head.ledgerId() + " did not move");
            }
        } catch (SQLException e) {
            throw failed(MOVE_HEAD, e);
        }
    }

    /**
     * The enabled members of staff among the signers (the second may be null), one row per role,
     * read now in the append's transaction; a signer who is unknown or disabled has no row.
     */
    public List<SignerRole> enabledSignerRoles(long recorderId, Long secondId) {
        try (PreparedStatement s = connection.prepareStatement(SIGNER_ROLES)) {
            s.setLong(1, recorderId);
            setLong(s, 2, secondId);
            try (ResultSet rs = s.executeQuery()) {
                List<SignerRole> rows = new ArrayList<>(4);
                while (rs.next()) {
                    rows.add(new SignerRole(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw failed(SIGNER_ROLES, e);
        }
    }

    /** The audit line, as {@link AuditDao#record} writes it, in the append's transaction. */
    public void audit(AuditEvent e) {
        try (PreparedStatement s = connection.prepareStatement(AUDIT)) {
            s.setLong(1, e.at().toEpochMilli());
            setLong(s, 2, e.staffId());
            s.setString(3, e.action().name());
            s.setString(4, e.recordType());
            setString(s, 5, e.recordId());
            setString(s, 6, e.detail());
            s.executeUpdate();
        } catch (SQLException ex) {
            throw failed(AUDIT, ex);
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static void setString(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }

    private static void setInstant(PreparedStatement s, int index, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value.toEpochMilli());
        }
    }

    /** The statement failed: the transaction rolls back; the SQLException stays the cause (constraint checks read it). */
    private static RegisterWriteException failed(String sql, SQLException e) {
        return new RegisterWriteException("Register statement failed: " + sql.strip().replaceAll("\\s+", " "), e);
    }

    /** A register statement the database refused or could not run. */
    public static final class RegisterWriteException extends RuntimeException {
        RegisterWriteException(String message, SQLException cause) {
            super(message + ": " + cause.getMessage(), cause);
        }
    }
}
