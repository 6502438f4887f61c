package org.openhat.clinic.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.openhat.clinic.core.register.Ledger;
import org.openhat.clinic.core.register.LedgerHead;
import org.openhat.clinic.core.register.RegisterEntry;

/**
 * Only what one append needs, in one small DAO: attaching a SqlObject costs JDBI work for every
 * method it has, and an append attaches once. The benchmark in docs/performance.md showed the
 * attaches of the larger DAOs costing more than the commit itself.
 */
@RegisterRowMapper(RegisterEntryMapper.class)
@RegisterConstructorMapper(Ledger.class)
@RegisterConstructorMapper(LedgerHead.class)
public interface LedgerAppendDao {

    /**
     * Locks the ledger's head row (concurrent appends to one ledger queue up on it; on SQLite the
     * IMMEDIATE transaction already holds the write lock) and reads it, in one statement; empty if
     * there is no such ledger.
     */
    @SqlQuery("""
            UPDATE register_ledger_head SET last_seq = last_seq WHERE ledger_id = :ledgerId
            RETURNING ledger_id, last_seq, last_hash, balance, last_entry_at""")
    Optional<LedgerHead> lockHead(long ledgerId);

    @SqlQuery(RegisterDao.LEDGER + " WHERE id = :id")
    Optional<Ledger> ledger(long id);

    @SqlQuery(RegisterDao.ENTRY + " WHERE ledger_id = :ledgerId AND seq = :seq")
    Optional<RegisterEntry> entry(long ledgerId, long seq);

    @SqlQuery("SELECT batch_balance FROM register_entry WHERE ledger_id = :ledgerId AND batch = :batch ORDER BY seq DESC LIMIT 1")
    Optional<Long> batchBalance(long ledgerId, String batch);

    @SqlUpdate("INSERT INTO register_entry (" + RegisterDao.ENTRY_COLUMNS + """
            ) VALUES (:ledgerId, :seq, :kind, :occurredAt, :recordedAt, :recordedBy, :secondStaffId, :ampoules,
            :balance, :batch, :batchBalance, :stationCode, :safeRequestRef, :correctsSeq, :details, :prevHash, :hash)""")
    void insertEntry(@BindMethods RegisterEntry entry);

    @SqlUpdate("""
            UPDATE register_ledger_head SET last_seq = :lastSeq, last_hash = :lastHash, balance = :balance,
            last_entry_at = :lastEntryAt WHERE ledger_id = :ledgerId""")
    void moveHead(@BindMethods LedgerHead head);

    /**
     * The enabled members of staff among the signers (the second may be null), one row per role,
     * as "id|role|display name"; a signer who is unknown or disabled has no row.
     */
    @SqlQuery("""
            SELECT CAST(s.id AS VARCHAR(20)) || '|' || r.role || '|' || s.display_name
            FROM staff s JOIN staff_role r ON r.staff_id = s.id
            WHERE (s.id = :recorderId OR s.id = :secondId) AND s.enabled = TRUE""")
    List<String> enabledSignerRoles(long recorderId, Long secondId);
}
