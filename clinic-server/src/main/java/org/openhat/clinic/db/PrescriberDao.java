package org.openhat.clinic.db;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.openhat.clinic.core.prescribers.Prescriber;

@RegisterConstructorMapper(Prescriber.class)
public interface PrescriberDao {
    String SELECT = """
            SELECT id, staff_id, name, gmc_number, medical, licence_number, licence_premises, licence_expiry
            FROM prescriber""";

    @SqlQuery("""
            INSERT INTO prescriber (staff_id, name, gmc_number, medical, licence_number, licence_premises,
                                    licence_expiry, created_at, created_by)
            VALUES (:staffId, :name, :gmcNumber, :medical, :licenceNumber, :licencePremises, :licenceExpiry,
                    :at, :by)
            RETURNING id""")
    long insert(Long staffId, String name, String gmcNumber, boolean medical, String licenceNumber,
                String licencePremises, LocalDate licenceExpiry, Instant at, long by);

    @SqlQuery(SELECT + " WHERE id = :id")
    Optional<Prescriber> findById(long id);

    @SqlQuery(SELECT + " WHERE gmc_number = :gmcNumber")
    Optional<Prescriber> findByGmc(String gmcNumber);

    @SqlQuery(SELECT + " WHERE staff_id = :staffId")
    Optional<Prescriber> findByStaffId(long staffId);

    @SqlQuery(SELECT + " ORDER BY name")
    List<Prescriber> all();
}
