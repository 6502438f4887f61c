package org.openhat.clinic.db;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.openhat.clinic.core.register.safe.SafeEvent;

/** The safes' event log. Safes resend events until acknowledged, so storing one is idempotent. */
@RegisterConstructorMapper(SafeEvent.class)
@RegisterColumnMapper(StoredSafeEventCode.class)
public interface SafeEventDao {

    /** Returns 1 if the event is new, 0 if this safe's event number was already stored. */
    @SqlUpdate("""
            INSERT INTO safe_event (station_code, safe_event_number, safe_time, received_at, code, compartment,
            operator, request_ref)
            VALUES (:stationCode, :safeEventNumber, :safeTime, :receivedAt, :code, :compartment, :operator, :requestRef)
            ON CONFLICT (station_code, safe_event_number) DO NOTHING""")
    int insertIfAbsent(String stationCode, long safeEventNumber, Instant safeTime, Instant receivedAt, String code,
                       int compartment, String operator, String requestRef);

    @SqlQuery("""
            SELECT id, station_code, safe_event_number, safe_time, received_at, code, compartment, operator, request_ref
            FROM safe_event WHERE safe_time >= :from AND safe_time < :to
            ORDER BY station_code, safe_event_number""")
    List<SafeEvent> between(Instant from, Instant to);

    @SqlQuery("SELECT MAX(safe_event_number) FROM safe_event WHERE station_code = :stationCode")
    java.util.Optional<Long> lastNumber(String stationCode);
}
