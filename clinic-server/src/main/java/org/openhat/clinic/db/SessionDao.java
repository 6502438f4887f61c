package org.openhat.clinic.db;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(SessionRow.class)
public interface SessionDao {

    @SqlUpdate("""
            INSERT INTO staff_session (token_hash, staff_id, kind, station_id, created_at, last_seen_at)
            VALUES (:tokenHash, :staffId, :kind, :stationId, :at, :at)""")
    void insert(String tokenHash, long staffId, String kind, Long stationId, Instant at);

    @SqlQuery("""
            SELECT token_hash, staff_id, kind, station_id, created_at, last_seen_at, ended_at
            FROM staff_session WHERE token_hash = :tokenHash""")
    Optional<SessionRow> find(String tokenHash);

    @SqlUpdate("UPDATE staff_session SET last_seen_at = :at WHERE token_hash = :tokenHash AND ended_at IS NULL")
    void touch(String tokenHash, Instant at);

    @SqlUpdate("""
            UPDATE staff_session SET ended_at = :at, end_reason = :reason
            WHERE token_hash = :tokenHash AND ended_at IS NULL""")
    int end(String tokenHash, Instant at, String reason);

    @SqlUpdate("""
            UPDATE staff_session SET ended_at = :at, end_reason = :reason
            WHERE staff_id = :staffId AND ended_at IS NULL""")
    int endAllFor(long staffId, Instant at, String reason);
}
