package org.openhat.clinic.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.openhat.clinic.core.stations.KioskStation;

@RegisterConstructorMapper(KioskStation.class)
public interface StationDao {
    String SELECT = "SELECT id, code, name, location FROM kiosk_station";

    @SqlQuery("""
            INSERT INTO kiosk_station (code, name, location, created_at, created_by)
            VALUES (:code, :name, :location, :at, :by)
            RETURNING id""")
    long insert(String code, String name, String location, Instant at, long by);

    @SqlQuery(SELECT + " WHERE id = :id")
    Optional<KioskStation> findById(long id);

    @SqlQuery(SELECT + " WHERE code = :code")
    Optional<KioskStation> findByCode(String code);

    @SqlQuery(SELECT + " ORDER BY code")
    List<KioskStation> all();
}
