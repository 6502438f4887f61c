package org.openhat.clinic.db;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Sessions that ended without a dose: withheld by a nurse, or missed when the window closed. */
@RegisterConstructorMapper(SessionOutcomeRow.class)
public interface SessionOutcomeDao {

    @SqlUpdate("""
            INSERT INTO session_outcome (patient_id, clinic_date, session_name, outcome, reason, recorded_at, recorded_by)
            VALUES (:patientId, :clinicDate, :sessionName, :outcome, :reason, :at, :by)""")
    void insert(long patientId, LocalDate clinicDate, String sessionName, String outcome, String reason, Instant at, Long by);

    @SqlQuery("""
            SELECT patient_id, clinic_date, session_name, outcome, reason FROM session_outcome
            WHERE clinic_date = :clinicDate""")
    List<SessionOutcomeRow> onDate(LocalDate clinicDate);

    @SqlQuery("""
            SELECT COUNT(*) FROM session_outcome
            WHERE patient_id = :patientId AND clinic_date = :clinicDate AND session_name = :sessionName""")
    int count(long patientId, LocalDate clinicDate, String sessionName);
}
