package org.openhat.clinic.db;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(PrescriptionRow.class)
@RegisterConstructorMapper(PrescriptionDoseRow.class)
public interface PrescriptionDao {
    String COLUMNS = """
            id, patient_id, version, prescriber_id, product_id, routes, sessions_per_day, start_date, end_date,
            oral_methadone_mcg, in_titration, effective_from, change_reason, created_at, created_by""";

    @SqlQuery("""
            INSERT INTO prescription_version (patient_id, version, prescriber_id, product_id, routes, sessions_per_day,
                start_date, end_date, oral_methadone_mcg, in_titration, effective_from, change_reason, created_at, created_by)
            VALUES (:patientId, :version, :prescriberId, :productId, :routes, :sessionsPerDay, :startDate, :endDate,
                :oralMethadoneMcg, :inTitration, :effectiveFrom, :changeReason, :createdAt, :createdBy)
            RETURNING id""")
    long insert(long patientId, int version, long prescriberId, long productId, String routes, int sessionsPerDay,
                LocalDate startDate, LocalDate endDate, Long oralMethadoneMcg, boolean inTitration,
                Instant effectiveFrom, String changeReason, Instant createdAt, long createdBy);

    @SqlUpdate("INSERT INTO prescription_dose (prescription_version_id, session_name, dose_mcg) VALUES (:versionId, :sessionName, :doseMcg)")
    void insertDose(long versionId, String sessionName, long doseMcg);

    @SqlQuery("SELECT COALESCE(MAX(version), 0) FROM prescription_version WHERE patient_id = :patientId")
    int latestVersion(long patientId);

    @SqlQuery("SELECT " + COLUMNS + " FROM prescription_version WHERE patient_id = :patientId ORDER BY version")
    List<PrescriptionRow> history(long patientId);

    /** The versions already signed and in effect at an instant, newest first. */
    @SqlQuery("SELECT " + COLUMNS + " FROM prescription_version WHERE patient_id = :patientId AND effective_from <= :at ORDER BY version DESC")
    List<PrescriptionRow> effectiveAt(long patientId, Instant at);

    @SqlQuery("SELECT " + COLUMNS + " FROM prescription_version WHERE id = :id")
    Optional<PrescriptionRow> findById(long id);

    @SqlQuery("""
            SELECT prescription_version_id, session_name, dose_mcg FROM prescription_dose
            WHERE prescription_version_id IN (<versionIds>) ORDER BY prescription_version_id, session_name""")
    List<PrescriptionDoseRow> doses(@BindList("versionIds") List<Long> versionIds);

    @SqlUpdate("INSERT INTO prescriber_review (patient_id, reviewed_at, reviewed_by, note) VALUES (:patientId, :at, :by, :note)")
    void insertReview(long patientId, Instant at, long by, String note);

    @SqlQuery("SELECT MAX(reviewed_at) FROM prescriber_review WHERE patient_id = :patientId")
    Optional<Instant> lastReview(long patientId);
}
