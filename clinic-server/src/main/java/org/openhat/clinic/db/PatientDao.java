package org.openhat.clinic.db;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(PatientRow.class)
public interface PatientDao {
    String SELECT = """
            SELECT p.id, p.nhs_number, p.given_name, p.family_name, p.date_of_birth, p.address, p.postcode,
                   p.status, CASE WHEN ph.patient_id IS NULL THEN FALSE ELSE TRUE END AS has_photo,
                   p.created_at, p.created_by, p.updated_at, p.updated_by
            FROM patient p LEFT JOIN patient_photo ph ON ph.patient_id = p.id""";

    @SqlQuery("""
            INSERT INTO patient (nhs_number, given_name, family_name, date_of_birth, address, postcode, status,
                                 created_at, created_by, updated_at, updated_by)
            VALUES (:nhsNumber, :givenName, :familyName, :dateOfBirth, :address, :postcode, :status,
                    :at, :by, :at, :by)
            RETURNING id""")
    long insert(String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth, String address,
                String postcode, String status, Instant at, long by);

    @SqlQuery(SELECT + " WHERE p.id = :id")
    Optional<PatientRow> findById(long id);

    @SqlQuery(SELECT + " WHERE p.nhs_number = :nhsNumber")
    Optional<PatientRow> findByNhsNumber(String nhsNumber);

    @SqlQuery(SELECT + " WHERE (:status IS NULL OR p.status = :status) ORDER BY p.family_name, p.given_name, p.id")
    List<PatientRow> list(String status);

    @SqlUpdate("""
            UPDATE patient SET given_name = :givenName, family_name = :familyName, date_of_birth = :dateOfBirth,
                   address = :address, postcode = :postcode, updated_at = :at, updated_by = :by
            WHERE id = :id""")
    int updateDetails(long id, String givenName, String familyName, LocalDate dateOfBirth, String address,
                      String postcode, Instant at, long by);

    @SqlUpdate("UPDATE patient SET status = :status, updated_at = :at, updated_by = :by WHERE id = :id")
    int updateStatus(long id, String status, Instant at, long by);

    @SqlUpdate("DELETE FROM patient_photo WHERE patient_id = :patientId")
    void deletePhoto(long patientId);

    @SqlUpdate("""
            INSERT INTO patient_photo (patient_id, media_type, content, updated_at, updated_by)
            VALUES (:patientId, :mediaType, :content, :at, :by)""")
    void insertPhoto(long patientId, String mediaType, byte[] content, Instant at, long by);

    @SqlQuery("SELECT media_type FROM patient_photo WHERE patient_id = :patientId")
    Optional<String> photoMediaType(long patientId);

    @SqlQuery("SELECT content FROM patient_photo WHERE patient_id = :patientId")
    Optional<byte[]> photoContent(long patientId);

    @SqlQuery("SELECT COUNT(*) FROM patient")
    long count();
}
