package org.openhat.clinic.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.openhat.clinic.core.stations.SafeRequest;

/** Unlock requests to the safes (two-person rule), one row each, answered once. */
@RegisterConstructorMapper(SafeRequest.class)
public interface SafeRequestDao {
    String SELECT = """
            SELECT id, request_ref, station_code, purpose, compartment, reference, staff_id, witness_staff_id,
            operator_text, witness_text, requested_at, result, result_detail, answered_at FROM safe_request""";

    @SqlQuery("""
            INSERT INTO safe_request (request_ref, station_code, purpose, compartment, reference, staff_id,
            witness_staff_id, operator_text, witness_text, requested_at, result)
            VALUES (:requestRef, :stationCode, :purpose, :compartment, :reference, :staffId, :witnessStaffId,
            :operatorText, :witnessText, :requestedAt, 'PENDING')
            RETURNING id""")
    long insert(String requestRef, String stationCode, String purpose, int compartment, String reference,
                long staffId, long witnessStaffId, String operatorText, String witnessText, Instant requestedAt);

    /** A request is answered once: from PENDING to its result. */
    @SqlUpdate("""
            UPDATE safe_request SET result = :result, result_detail = :detail, answered_at = :at
            WHERE request_ref = :requestRef AND result = 'PENDING'""")
    int answer(String requestRef, String result, String detail, Instant at);

    @SqlQuery(SELECT + " WHERE request_ref = :requestRef")
    Optional<SafeRequest> byRef(String requestRef);

    @SqlQuery(SELECT + " WHERE station_code = :stationCode ORDER BY requested_at DESC, id DESC LIMIT :limit")
    List<SafeRequest> latest(String stationCode, int limit);

    /**
     * Requests since {@code since} the safe may still be acting on (accepted, or unanswered) and
     * whose compartment has not relocked yet; reloaded after a restart so late events still link.
     */
    @SqlQuery(SELECT + """
             WHERE station_code = :stationCode AND requested_at >= :since
            AND result IN ('PENDING', 'ACCEPTED', 'NO_REPLY')
            AND NOT EXISTS (SELECT 1 FROM safe_event e WHERE e.request_ref = safe_request.request_ref
                            AND e.code IN ('LOCKED', 'UNLOCK_EXPIRED'))
            ORDER BY requested_at, id""")
    List<SafeRequest> stillOpen(String stationCode, Instant since);
}
