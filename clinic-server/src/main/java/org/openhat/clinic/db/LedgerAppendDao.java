package org.openhat.clinic.db;

import java.sql.Connection;
import org.openhat.clinic.db.statements.KeptStatements;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.openhat.clinic.core.register.LedgerHead;
import org.openhat.clinic.core.register.RegisterEntry;

/**
 * Only what one append needs, as plain prepared statements on the transaction's own connection
 * (the driver's, under the pool's proxy; kept open between appends, see {@link KeptStatements}).
 * An append is a handful of one-row statements; through SqlObject each cost more JDBI set-up
 * (attach, handler, config copies, binding) than SQLite's work, so the append ran at a tenth of a
 * raw commit (docs/performance.md, "Register"). Values are stored as {@link RegisterDao} reads
 * them (instants as epoch milliseconds).
 * {@code tx.dao(LedgerAppendDao.class)} builds it on the handle (see {@link JdbiTransactor}).
 */
public final class LedgerAppendDao {
    /**
     * Everything an append reads before it writes, in one statement: the ledger's head (its last
     * entry, through the primary key) and the balance of the line's batch (its last entry in that
     * batch, through the batch index; null for a batch not yet in the ledger or no batch). No row
     * if there is no such ledger.
     */
    private static final String POSITION = """
            SELECT e.seq, e.hash, e.balance, e.recorded_at,
                   (SELECT b.batch_balance FROM register_entry b WHERE b.ledger_id = l.id AND b.batch = ?
                    ORDER BY b.seq DESC LIMIT 1)
            FROM register_ledger l
            LEFT JOIN register_entry e ON e.ledger_id = l.id
                 AND e.seq = (SELECT MAX(m.seq) FROM register_entry m WHERE m.ledger_id = l.id)
            WHERE l.id = ?""";
    /** PostgreSQL: the ledger row is the lock concurrent appends to one ledger queue on. */
    private static final String LOCK_LEDGER = "SELECT id FROM register_ledger WHERE id = ? FOR UPDATE";
    private static final String ENTRY = RegisterDao.ENTRY + " WHERE ledger_id = ? AND seq = ?";
    private static final String INSERT_ENTRY = "INSERT INTO register_entry (" + RegisterDao.ENTRY_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SIGNER_ROLES = """
            SELECT s.id, r.role, s.display_name FROM staff s JOIN staff_role r ON r.staff_id = s.id
            WHERE s.id IN (?, ?) AND s.enabled = TRUE""";

    private final Connection connection;
    /** SQLite has no row locks; PostgreSQL locks the ledger row (see {@link #lockPosition}). */
    private final boolean sqlite;
    private final RegisterEntryMapper entries;

    public LedgerAppendDao(Handle handle) {
        this.connection = KeptStatements.physical(handle.getConnection());
        this.sqlite = connection instanceof org.sqlite.SQLiteConnection;
        this.entries = RegisterEntryMapper.forConnection(connection);
    }

    private PreparedStatement prepared(String sql) throws SQLException {
        return KeptStatements.prepared(connection, sql);
    }

    /** One enabled signer's role: a signer with several roles has several. */
    public record SignerRole(long staffId, String role, String displayName) {
    }

    /** Where an append starts: the ledger's head, and the batch's balance before the line (null if none). */
    public record Position(LedgerHead head, Long batchBalance) {
    }

    /**
     * Reads where the ledger stands and holds it for the rest of the transaction, so the head
     * stays the head until this append commits. SQLite has no row locks, and its IMMEDIATE
     * transaction already holds the database's write lock, so one statement reads it all. On
     * PostgreSQL the ledger row is locked first (concurrent appends to one ledger queue on it),
     * and only then is the position read, by a statement whose snapshot is taken after the lock
     * is granted and so sees the entry its predecessor committed. Empty if there is no such ledger.
     */
    public Optional<Position> lockPosition(long ledgerId, String batch) {
        if (!sqlite && !lockLedgerRow(ledgerId)) {
            return Optional.empty();
        }
        try {
            PreparedStatement s = prepared(POSITION);
            setString(s, 1, batch);
            s.setLong(2, ledgerId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long seq = rs.getLong(1);
                LedgerHead head = rs.wasNull()
                        ? LedgerHead.after(ledgerId, null)
                        : new LedgerHead(ledgerId, seq, entries.text(rs, 2), rs.getLong(3),
                                Instant.ofEpochMilli(rs.getLong(4)));
                long batchBalance = rs.getLong(5);
                return Optional.of(new Position(head, rs.wasNull() ? null : batchBalance));
            }
        } catch (SQLException e) {
            throw failed(POSITION, e);
        }
    }

    private boolean lockLedgerRow(long ledgerId) {
        try {
            PreparedStatement s = prepared(LOCK_LEDGER);
            s.setLong(1, ledgerId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failed(LOCK_LEDGER, e);
        }
    }

    public Optional<RegisterEntry> entry(long ledgerId, long seq) {
        try {
            PreparedStatement s = prepared(ENTRY);
            s.setLong(1, ledgerId);
            s.setLong(2, seq);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(entries.map(rs, null)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed(ENTRY, e);
        }
    }

    public void insertEntry(RegisterEntry e) {
        try {
            PreparedStatement s = prepared(INSERT_ENTRY);
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

    /**
     * The enabled members of staff among the signers (the second may be null), one row per role,
     * read now in the append's transaction; a signer who is unknown or disabled has no row.
     */
    public List<SignerRole> enabledSignerRoles(long recorderId, Long secondId) {
        try {
            PreparedStatement s = prepared(SIGNER_ROLES);
            s.setLong(1, recorderId);
            setLong(s, 2, secondId);
            try (ResultSet rs = s.executeQuery()) {
                List<SignerRole> rows = new ArrayList<>(4);
                while (rs.next()) {
                    rows.add(new SignerRole(rs.getLong(1), entries.text(rs, 2), entries.text(rs, 3)));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw failed(SIGNER_ROLES, e);
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
