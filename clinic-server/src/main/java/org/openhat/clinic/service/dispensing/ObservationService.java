package org.openhat.clinic.service.dispensing;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.openhat.clinic.core.ClinicTime;
import org.openhat.clinic.core.ConflictException;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.dispensing.AdministrationRecord;
import org.openhat.clinic.core.dispensing.AdverseEventKind;
import org.openhat.clinic.core.dosing.DosingParameters;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.db.AdministrationDao;
import org.openhat.clinic.db.AdministrationRow;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.audit.Audits;

/**
 * After the injection: the patient stays under observation until the timer runs out, leaves only
 * after a second set of observations is recorded, and anything that goes wrong is recorded
 * against the dose.
 */
public class ObservationService {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ClinicTime.ZONE);

    private final Transactor transactor;
    private final DosingParameters parameters;
    private final Clock clock;

    public ObservationService(Transactor transactor, DosingParameters parameters, Clock clock) {
        this.transactor = transactor;
        this.parameters = parameters;
        this.clock = clock;
    }

    /** The second set of observations, taken before the patient leaves. */
    public record DischargeObservations(int respiratoryRate, int spo2Percent, int sedationScore, String notes) {
        String text() {
            return "respiratoryRate=" + respiratoryRate + "; spo2=" + spo2Percent + "; sedation=" + sedationScore
                    + "; notes=" + (notes == null ? "" : notes);
        }
    }

    public AdministrationRecord administration(long administrationId) {
        return transactor.read(tx -> tx.dao(AdministrationDao.class).findById(administrationId))
                .orElseThrow(() -> new NotFoundException("administration", administrationId)).toRecord();
    }

    public AdministrationRecord discharge(long administrationId, DischargeObservations observations, long nurseId) {
        Instant now = clock.instant();
        return transactor.inTransaction(tx -> {
            AdministrationDao administrations = tx.dao(AdministrationDao.class);
            AdministrationRow dose = administrations.findById(administrationId)
                    .orElseThrow(() -> new NotFoundException("administration", administrationId));
            if (dose.dischargedAt() != null) {
                throw new ConflictException("administration", "the patient has already been discharged from observation");
            }
            if (now.isBefore(dose.observeUntil())) {
                throw new ConflictException("administration", "observation is not over: the patient may leave at "
                        + HH_MM.format(dose.observeUntil()));
            }
            // The same thresholds that withhold a dose keep a patient in observation.
            if (observations.sedationScore() >= parameters.sedationScoreWithholdAt()
                    || observations.respiratoryRate() < parameters.minRespRatePreDose()
                    || observations.spo2Percent() < parameters.minSpo2PreDose()) {
                throw new ValidationException("observations",
                        "these observations are not safe for discharge: keep observing and call the prescriber");
            }
            administrations.insertDischarge(administrationId, now, nurseId, observations.text());
            Audits.record(tx, now, nurseId, AuditAction.PATIENT_DISCHARGED_FROM_OBSERVATION, "administration",
                    administrationId, null);
            return administrations.findById(administrationId).orElseThrow();
        }).toRecord();
    }

    public record AdverseEvent(AdverseEventKind kind, Milligrams naloxoneGiven, boolean ambulanceCalled, String notes) {
    }

    public void recordAdverseEvent(long administrationId, AdverseEvent event, long staffId) {
        Instant now = clock.instant();
        transactor.inTransaction(tx -> {
            AdministrationDao administrations = tx.dao(AdministrationDao.class);
            administrations.findById(administrationId)
                    .orElseThrow(() -> new NotFoundException("administration", administrationId));
            administrations.insertAdverseEvent(administrationId, event.kind().name(),
                    event.naloxoneGiven() == null ? null : event.naloxoneGiven().micrograms(), event.ambulanceCalled(),
                    event.notes(), now, staffId);
            Audits.record(tx, now, staffId, AuditAction.ADVERSE_EVENT_RECORDED, "administration", administrationId,
                    event.kind().name());
            return null;
        });
    }
}
