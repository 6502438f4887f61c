package org.openhat.clinic.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.openhat.clinic.core.register.discrepancy.Discrepancy;
import org.openhat.clinic.core.register.discrepancy.DiscrepancyNote;

/** Discrepancies and their notes: both only inserted. */
@RegisterConstructorMapper(Discrepancy.class)
@RegisterConstructorMapper(DiscrepancyNote.class)
public interface DiscrepancyDao {
    String SELECT = """
            SELECT id, ledger_id, stock_check_seq, batch, expected, counted, opened_at, opened_by
            FROM register_discrepancy""";

    @SqlUpdate("""
            INSERT INTO register_discrepancy (ledger_id, stock_check_seq, batch, expected, counted, opened_at, opened_by)
            VALUES (:ledgerId, :stockCheckSeq, :batch, :expected, :counted, :openedAt, :openedBy)""")
    void open(long ledgerId, long stockCheckSeq, String batch, long expected, long counted, Instant openedAt,
              long openedBy);

    @SqlQuery("SELECT id FROM register_discrepancy WHERE ledger_id = :ledgerId AND stock_check_seq = :stockCheckSeq")
    long idFor(long ledgerId, long stockCheckSeq);

    @SqlQuery(SELECT + " WHERE id = :id")
    Optional<Discrepancy> find(long id);

    @SqlQuery(SELECT + " ORDER BY opened_at DESC, id DESC LIMIT :limit")
    List<Discrepancy> latest(int limit);

    @SqlQuery(SELECT + " d WHERE NOT EXISTS (SELECT 1 FROM register_discrepancy_note n"
            + " WHERE n.discrepancy_id = d.id AND n.kind = 'RESOLUTION') ORDER BY opened_at, id")
    List<Discrepancy> open();

    @SqlUpdate("""
            INSERT INTO register_discrepancy_note (discrepancy_id, kind, text, written_at, written_by)
            VALUES (:discrepancyId, :kind, :text, :writtenAt, :writtenBy)""")
    void addNote(long discrepancyId, String kind, String text, Instant writtenAt, long writtenBy);

    @SqlQuery("""
            SELECT id, discrepancy_id, kind, text, written_at, written_by FROM register_discrepancy_note
            WHERE discrepancy_id = :discrepancyId ORDER BY id""")
    List<DiscrepancyNote> notes(long discrepancyId);
}
