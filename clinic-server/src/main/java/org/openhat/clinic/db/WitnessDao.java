package org.openhat.clinic.db;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

public interface WitnessDao {

    @SqlUpdate("""
            INSERT INTO kiosk_witness (session_token_hash, witness_staff_id, signed_at)
            VALUES (:tokenHash, :witnessStaffId, :at)""")
    void insert(String tokenHash, long witnessStaffId, Instant at);

    @SqlUpdate("UPDATE kiosk_witness SET ended_at = :at WHERE session_token_hash = :tokenHash AND ended_at IS NULL")
    int end(String tokenHash, Instant at);

    @SqlQuery("""
            SELECT witness_staff_id FROM kiosk_witness
            WHERE session_token_hash = :tokenHash AND ended_at IS NULL ORDER BY id DESC LIMIT 1""")
    Optional<Long> current(String tokenHash);
}
