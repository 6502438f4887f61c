package org.openhat.clinic.db;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(AdministrationRow.class)
@RegisterConstructorMapper(DoseTakenRow.class)
public interface AdministrationDao {
    /** The dose check's view of a dose, read on every check: what it needs and no more. */
    String DOSE_TAKEN = "SELECT given_at, given_mcg, prescribed_mcg, session_name, product_id FROM administration";

    String SELECT = """
            SELECT a.id, a.patient_id, a.prescription_version_id, a.product_id, a.clinic_date, a.session_name,
                   a.dose_number, a.route, a.injection_site, a.prescribed_mcg, a.drawn_mcg, a.given_mcg,
                   a.reduction_reason, a.verdict, a.nurse_id, a.witness_id, a.station_id, a.given_at,
                   a.observation_minutes, a.observe_until, d.discharged_at
            FROM administration a LEFT JOIN post_dose_discharge d ON d.administration_id = a.id""";

    /** What a new dose record holds; bound by its accessors. */
    record NewAdministration(long patientId, long prescriptionVersionId, long productId, LocalDate clinicDate,
                             String sessionName, int doseNumber, String route, String injectionSite, long prescribedMcg,
                             long drawnMcg, long givenMcg, String reductionReason, String verdict, String findings,
                             String assessment, long nurseId, long witnessId, long stationId, Instant givenAt,
                             int observationMinutes, Instant observeUntil, String safeRequestRef) {
    }

    @SqlQuery("""
            INSERT INTO administration (patient_id, prescription_version_id, product_id, clinic_date, session_name,
                dose_number, route, injection_site, prescribed_mcg, drawn_mcg, given_mcg, reduction_reason, verdict,
                findings, assessment, nurse_id, witness_id, station_id, given_at, observation_minutes, observe_until,
                safe_request_ref)
            VALUES (:patientId, :prescriptionVersionId, :productId, :clinicDate, :sessionName, :doseNumber, :route,
                :injectionSite, :prescribedMcg, :drawnMcg, :givenMcg, :reductionReason, :verdict, :findings,
                :assessment, :nurseId, :witnessId, :stationId, :givenAt, :observationMinutes, :observeUntil,
                :safeRequestRef)
            RETURNING id""")
    long insert(@BindMethods NewAdministration a);

    /** How many doses name this safe opening as the source of their ampoule (one at most). */
    @SqlQuery("SELECT COUNT(*) FROM administration WHERE safe_request_ref = :ref")
    int dosesFromSafeOpening(String ref);

    @SqlQuery(SELECT + " WHERE a.id = :id")
    Optional<AdministrationRow> findById(long id);

    /** A patient's doses given at or after an instant, oldest first. */
    @SqlQuery(SELECT + " WHERE a.patient_id = :patientId AND a.given_at >= :since ORDER BY a.given_at, a.id")
    List<AdministrationRow> since(long patientId, Instant since);

    /** A patient's doses given at or after an instant, oldest first, as the dose check reads them. */
    @SqlQuery(DOSE_TAKEN + " WHERE patient_id = :patientId AND given_at >= :since ORDER BY given_at, id")
    List<DoseTakenRow> dosesTakenSince(long patientId, Instant since);

    @SqlQuery(DOSE_TAKEN + " WHERE patient_id = :patientId ORDER BY given_at DESC, id DESC LIMIT 1")
    Optional<DoseTakenRow> lastDoseTaken(long patientId);

    @SqlQuery("""
            SELECT COUNT(*) FROM administration
            WHERE patient_id = :patientId AND clinic_date = :clinicDate AND session_name = :sessionName""")
    int countInSession(long patientId, LocalDate clinicDate, String sessionName);

    @SqlQuery(SELECT + " WHERE a.clinic_date = :clinicDate ORDER BY a.given_at, a.id")
    List<AdministrationRow> onDate(LocalDate clinicDate);

    /** Takes the patient's row lock (PostgreSQL) or the write lock (SQLite) before the check-then-write. */
    @SqlUpdate("UPDATE patient SET updated_at = updated_at WHERE id = :patientId")
    int lockPatient(long patientId);

    @SqlUpdate("""
            INSERT INTO post_dose_discharge (administration_id, discharged_at, discharged_by, observations)
            VALUES (:administrationId, :at, :by, :observations)""")
    void insertDischarge(long administrationId, Instant at, long by, String observations);

    @SqlUpdate("""
            INSERT INTO adverse_event (administration_id, kind, naloxone_mcg, ambulance_called, notes, occurred_at, recorded_by)
            VALUES (:administrationId, :kind, :naloxoneMcg, :ambulanceCalled, :notes, :occurredAt, :recordedBy)""")
    void insertAdverseEvent(long administrationId, String kind, Long naloxoneMcg, boolean ambulanceCalled, String notes,
                            Instant occurredAt, long recordedBy);
}
