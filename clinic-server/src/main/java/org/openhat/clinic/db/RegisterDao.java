package org.openhat.clinic.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.FetchSize;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.openhat.clinic.core.register.Ledger;
import org.openhat.clinic.core.register.LedgerHead;
import org.openhat.clinic.core.register.RegisterEntry;

/** Ledgers, their heads and their entries. Entries are only ever inserted (triggers refuse the rest). */
@RegisterRowMapper(RegisterEntryMapper.class)
@RegisterConstructorMapper(Ledger.class)
@RegisterConstructorMapper(LedgerHead.class)
public interface RegisterDao {
    String LEDGER = "SELECT id, premises, product_id, drug, form, strength_mg, opened_at, opened_by FROM register_ledger";
    String ENTRY_COLUMNS = """
            ledger_id, seq, kind, occurred_at, recorded_at, recorded_by, second_staff_id, ampoules, balance,
            batch, batch_balance, station_code, safe_request_ref, corrects_seq, details, prev_hash, hash""";
    String ENTRY = "SELECT " + ENTRY_COLUMNS + " FROM register_entry";

    @SqlUpdate("""
            INSERT INTO register_ledger (premises, product_id, drug, form, strength_mg, opened_at, opened_by)
            VALUES (:premises, :productId, :drug, :form, :strengthMg, :openedAt, :openedBy)""")
    // No @GetGeneratedKeys: in the running server (Dropwizard pool + sqlite-jdbc) it returns no key; ids are looked up instead.
    void insertLedger(String premises, long productId, String drug, String form, int strengthMg, Instant openedAt,
                      long openedBy);

    @SqlUpdate("""
            INSERT INTO register_ledger_head (ledger_id, last_seq, last_hash, balance, last_entry_at)
            VALUES (:ledgerId, 0, :genesis, 0, NULL)""")
    void insertHead(long ledgerId, String genesis);

    @SqlQuery(LEDGER + " WHERE id = :id")
    Optional<Ledger> ledger(long id);

    @SqlQuery(LEDGER + " WHERE premises = :premises AND product_id = :productId")
    Optional<Ledger> ledgerFor(String premises, long productId);

    @SqlQuery(LEDGER + " ORDER BY premises, drug, strength_mg")
    List<Ledger> ledgers();

    /** Locks the ledger's head row first, so concurrent appends to one ledger queue up (PostgreSQL row lock). */
    @SqlUpdate("UPDATE register_ledger_head SET last_seq = last_seq WHERE ledger_id = :ledgerId")
    int lockHead(long ledgerId);

    @SqlQuery("SELECT ledger_id, last_seq, last_hash, balance, last_entry_at FROM register_ledger_head WHERE ledger_id = :ledgerId")
    Optional<LedgerHead> head(long ledgerId);

    @SqlUpdate("""
            UPDATE register_ledger_head SET last_seq = :lastSeq, last_hash = :lastHash, balance = :balance,
            last_entry_at = :lastEntryAt WHERE ledger_id = :ledgerId""")
    void moveHead(@BindMethods LedgerHead head);

    @SqlQuery("SELECT batch_balance FROM register_entry WHERE ledger_id = :ledgerId AND batch = :batch ORDER BY seq DESC LIMIT 1")
    Optional<Long> batchBalance(long ledgerId, String batch);

    @SqlUpdate("INSERT INTO register_entry (" + ENTRY_COLUMNS + """
            ) VALUES (:ledgerId, :seq, :kind, :occurredAt, :recordedAt, :recordedBy, :secondStaffId, :ampoules,
            :balance, :batch, :batchBalance, :stationCode, :safeRequestRef, :correctsSeq, :details, :prevHash, :hash)""")
    void insertEntry(@BindMethods RegisterEntry entry);

    @SqlQuery(ENTRY + " WHERE ledger_id = :ledgerId AND seq = :seq")
    Optional<RegisterEntry> entry(long ledgerId, long seq);

    /** The whole ledger in order, streamed; the caller closes the stream. */
    @SqlQuery(ENTRY + " WHERE ledger_id = :ledgerId ORDER BY seq")
    @FetchSize(2000)
    Stream<RegisterEntry> chain(long ledgerId);

    @SqlQuery(ENTRY + " WHERE ledger_id = :ledgerId AND seq > :afterSeq " + """
             AND (CAST(:kind AS VARCHAR(16)) IS NULL OR kind = :kind)
             AND (CAST(:batch AS VARCHAR(64)) IS NULL OR batch = :batch)
             AND (CAST(:from AS BIGINT) IS NULL OR occurred_at >= :from)
             AND (CAST(:to AS BIGINT) IS NULL OR occurred_at < :to)
             ORDER BY seq LIMIT :limit""")
    List<RegisterEntry> page(long ledgerId, long afterSeq, String kind, String batch, Instant from, Instant to, int limit);

    @SqlQuery("SELECT MAX(occurred_at) FROM register_entry WHERE ledger_id = :ledgerId AND kind = 'STOCK_CHECK'")
    Optional<Instant> lastStockCheckAt(long ledgerId);

    @SqlQuery("SELECT COUNT(*) FROM register_entry WHERE ledger_id = :ledgerId AND occurred_at >= :since AND ampoules <> 0")
    long movementsSince(long ledgerId, Instant since);

    @SqlQuery(ENTRY + " WHERE occurred_at >= :from AND occurred_at < :to " + """
             AND kind IN (<kinds>) ORDER BY occurred_at, ledger_id, seq""")
    List<RegisterEntry> entriesOfKinds(Instant from, Instant to, @BindList("kinds") List<String> kinds);
}
