package org.openhat.clinic.db;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.openhat.clinic.core.stations.SafeNumberingRestart;

/** Each time a safe's event numbering began again; a station without a row is on numbering 1. */
@RegisterConstructorMapper(SafeNumberingRestart.class)
public interface SafeNumberingDao {

    @SqlUpdate("""
            INSERT INTO safe_numbering (station_code, numbering, detected_at, cause, last_stored_number, safe_number)
            VALUES (:stationCode, :numbering, :detectedAt, :cause, :lastStoredNumber, :safeNumber)""")
    void insert(String stationCode, int numbering, Instant detectedAt, String cause, long lastStoredNumber,
                long safeNumber);

    @SqlQuery("""
            SELECT station_code, numbering, detected_at, cause, last_stored_number, safe_number FROM safe_numbering
            WHERE station_code = :stationCode ORDER BY numbering DESC LIMIT 1""")
    Optional<SafeNumberingRestart> latest(String stationCode);
}
