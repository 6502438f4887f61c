package org.openhat.clinic.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.openhat.clinic.core.register.safe.SafeEvent;

/**
 * The safes' event log. Safes resend events until acknowledged, so storing one is idempotent. A
 * safe's event numbers are unique within one numbering (they begin again when its controller is
 * replaced; see {@link SafeNumberingDao}).
 */
@RegisterConstructorMapper(SafeEvent.class)
@RegisterColumnMapper(StoredSafeEventCode.class)
public interface SafeEventDao {
    String SELECT = """
            SELECT id, station_code, numbering, safe_event_number, safe_time, received_at, code, compartment, operator,
            request_ref FROM safe_event""";

    /** Returns 1 if the event is new, 0 if this safe's event number was already stored in this numbering. */
    @SqlUpdate("""
            INSERT INTO safe_event (station_code, numbering, safe_event_number, safe_time, received_at, code,
            compartment, operator, request_ref)
            VALUES (:stationCode, :numbering, :safeEventNumber, :safeTime, :receivedAt, :code, :compartment, :operator,
            :requestRef)
            ON CONFLICT (station_code, numbering, safe_event_number) DO NOTHING""")
    int insertIfAbsent(String stationCode, int numbering, long safeEventNumber, Instant safeTime, Instant receivedAt,
                       String code, int compartment, String operator, String requestRef);

    @SqlQuery(SELECT + """
             WHERE safe_time >= :from AND safe_time < :to
            ORDER BY station_code, numbering, safe_event_number""")
    List<SafeEvent> between(Instant from, Instant to);

    @SqlQuery(SELECT + " WHERE station_code = :stationCode AND numbering = :numbering AND safe_event_number = :number")
    Optional<SafeEvent> byNumber(String stationCode, int numbering, long number);

    @SqlQuery("SELECT MAX(safe_event_number) FROM safe_event WHERE station_code = :stationCode AND numbering = :numbering")
    Optional<Long> lastNumber(String stationCode, int numbering);

    /** The last UNLOCKED of a compartment before event {@code before}. */
    @SqlQuery(SELECT + """
             WHERE station_code = :stationCode AND numbering = :numbering AND compartment = :compartment
            AND code = 'UNLOCKED' AND safe_event_number < :before
            ORDER BY safe_event_number DESC LIMIT 1""")
    Optional<SafeEvent> unlockBefore(String stationCode, int numbering, int compartment, long before);

    /** How many LOCKED or UNLOCK_EXPIRED of a compartment lie strictly between two event numbers. */
    @SqlQuery("""
            SELECT COUNT(*) FROM safe_event WHERE station_code = :stationCode AND numbering = :numbering
            AND compartment = :compartment AND code IN ('LOCKED', 'UNLOCK_EXPIRED')
            AND safe_event_number > :after AND safe_event_number < :before""")
    int closingsBetween(String stationCode, int numbering, int compartment, long after, long before);
}
