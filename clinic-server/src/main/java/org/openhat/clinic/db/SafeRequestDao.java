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
     * Requests for a compartment the safe may have acted on (pending, accepted, or unanswered) that
     * no stored UNLOCKED carries yet: the candidates for the next UNLOCKED of that compartment.
     */
    @SqlQuery(SELECT + """
             WHERE station_code = :stationCode AND compartment = :compartment
            AND requested_at >= :from AND requested_at <= :to
            AND result IN ('PENDING', 'ACCEPTED', 'NO_REPLY')
            AND NOT EXISTS (SELECT 1 FROM safe_event e WHERE e.request_ref = safe_request.request_ref
                            AND e.code = 'UNLOCKED')
            ORDER BY requested_at, id""")
    List<SafeRequest> awaitingUnlock(String stationCode, int compartment, Instant from, Instant to);
}
