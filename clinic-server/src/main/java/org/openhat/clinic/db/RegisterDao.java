package org.openhat.clinic.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.openhat.clinic.core.register.Ledger;
import org.openhat.clinic.core.register.LedgerHead;
import org.openhat.clinic.core.register.RegisterEntry;

/** Ledgers and their entries, read back; entries are appended by {@link LedgerAppendDao} (triggers refuse any change). */
@RegisterRowMapper(RegisterEntryMapper.class)
@RegisterConstructorMapper(Ledger.class)
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

    @SqlQuery(LEDGER + " WHERE id = :id")
    Optional<Ledger> ledger(long id);

    @SqlQuery(LEDGER + " WHERE premises = :premises AND product_id = :productId")
    Optional<Ledger> ledgerFor(String premises, long productId);

    @SqlQuery(LEDGER + " ORDER BY premises, drug, strength_mg")
    List<Ledger> ledgers();

    /** The ledger's last entry, read backwards through the primary key; empty while the ledger has none. */
    @SqlQuery(ENTRY + " WHERE ledger_id = :ledgerId ORDER BY seq DESC LIMIT 1")
    Optional<RegisterEntry> lastEntry(long ledgerId);

    /** The ledger's newest entries, newest first. */
    @SqlQuery(ENTRY + " WHERE ledger_id = :ledgerId ORDER BY seq DESC LIMIT :limit")
    List<RegisterEntry> latestEntries(long ledgerId, int limit);

    /** Where a ledger the caller has found stands: after its last entry, or at genesis. */
    default LedgerHead head(long ledgerId) {
        return LedgerHead.after(ledgerId, lastEntry(ledgerId).orElse(null));
    }

    @SqlQuery(ENTRY + " WHERE ledger_id = :ledgerId AND seq = :seq")
    Optional<RegisterEntry> entry(long ledgerId, long seq);

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
