package org.openhat.clinic.service.patients;

import org.openhat.clinic.core.patients.NewPatient;
import org.openhat.clinic.core.patients.Patient;
import org.openhat.clinic.core.patients.PatientDetails;
import org.openhat.clinic.core.patients.PatientPhoto;
import org.openhat.clinic.core.patients.PatientStatus;
import org.openhat.devices.ids.NhsNumber;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.openhat.clinic.core.ClinicTime;
import org.openhat.clinic.core.ConflictException;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.db.PatientDao;
import org.openhat.clinic.db.PatientRow;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.audit.Audits;

/** Referral, corrections, status changes and photos; each write audited in its own transaction. */
public class PatientService {
    private static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png");

    private final Transactor transactor;
    private final Clock clock;

    public PatientService(Transactor transactor, Clock clock) {
        this.transactor = transactor;
        this.clock = clock;
    }

    public Patient create(NewPatient patient, long byStaffId) {
        checkDateOfBirth(patient.dateOfBirth());
        Instant now = clock.instant();
        return transactor.inTransaction(tx -> {
            PatientDao patients = tx.dao(PatientDao.class);
            if (patients.findByNhsNumber(patient.nhsNumber().value()).isPresent()) {
                throw new ConflictException("nhsNumber", "a patient with this NHS number is already registered");
            }
            long id = patients.insert(patient.nhsNumber().value(), patient.givenName(), patient.familyName(),
                    patient.dateOfBirth(), patient.address(), patient.postcode(), patient.status().name(), now, byStaffId);
            Audits.record(tx, now, byStaffId, AuditAction.PATIENT_CREATED, "patient", id, "status " + patient.status());
            return toPatient(patients.findById(id).orElseThrow());
        });
    }

    public Patient get(long id) {
        return transactor.read(tx -> tx.dao(PatientDao.class).findById(id))
                .map(PatientService::toPatient)
                .orElseThrow(() -> new NotFoundException("patient", id));
    }

    /** One patient's record as shown to a member of staff: every such read is audited. */
    public Patient view(long id, long byStaffId) {
        Patient patient = get(id);
        auditView(patient.id(), byStaffId, "record read");
        return patient;
    }

    /** A look-up by NHS number that found someone, audited as a read of their record. */
    public Patient viewByNhsNumber(NhsNumber nhsNumber, long byStaffId) {
        Patient patient = byNhsNumber(nhsNumber);
        auditView(patient.id(), byStaffId, "found by NHS number");
        return patient;
    }

    private void auditView(long patientId, long byStaffId, String how) {
        Instant now = clock.instant();
        transactor.inTransaction(tx -> {
            Audits.record(tx, now, byStaffId, AuditAction.PATIENT_RECORD_VIEWED, "patient", patientId, how);
            return null;
        });
    }

    public Patient byNhsNumber(NhsNumber nhsNumber) {
        return transactor.read(tx -> tx.dao(PatientDao.class).findByNhsNumber(nhsNumber.value()))
                .map(PatientService::toPatient)
                .orElseThrow(() -> new NotFoundException("patient with NHS number", nhsNumber));
    }

    public List<Patient> list(PatientStatus status) {
        return transactor.read(tx -> tx.dao(PatientDao.class).list(status == null ? null : status.name()))
                .stream().map(PatientService::toPatient).toList();
    }

    public Patient updateDetails(long id, PatientDetails details, long byStaffId) {
        checkDateOfBirth(details.dateOfBirth());
        Instant now = clock.instant();
        return transactor.inTransaction(tx -> {
            PatientDao patients = tx.dao(PatientDao.class);
            if (patients.updateDetails(id, details.givenName(), details.familyName(), details.dateOfBirth(),
                    details.address(), details.postcode(), now, byStaffId) == 0) {
                throw new NotFoundException("patient", id);
            }
            Audits.record(tx, now, byStaffId, AuditAction.PATIENT_UPDATED, "patient", id, "details corrected");
            return toPatient(patients.findById(id).orElseThrow());
        });
    }

    public Patient changeStatus(long id, PatientStatus status, String reason, long byStaffId) {
        Instant now = clock.instant();
        return transactor.inTransaction(tx -> {
            PatientDao patients = tx.dao(PatientDao.class);
            PatientRow before = patients.findById(id).orElseThrow(() -> new NotFoundException("patient", id));
            patients.updateStatus(id, status.name(), now, byStaffId);
            Audits.record(tx, now, byStaffId, AuditAction.PATIENT_STATUS_CHANGED, "patient", id,
                    before.status() + " -> " + status + (reason == null ? "" : ": " + reason));
            return toPatient(patients.findById(id).orElseThrow());
        });
    }

    public void setPhoto(long id, PatientPhoto photo, long byStaffId) {
        if (!PHOTO_TYPES.contains(photo.mediaType())) {
            throw new ValidationException("photo", "must be a JPEG or PNG image");
        }
        if (photo.content().length == 0) {
            throw new ValidationException("photo", "is empty");
        }
        Instant now = clock.instant();
        transactor.inTransaction(tx -> {
            PatientDao patients = tx.dao(PatientDao.class);
            patients.findById(id).orElseThrow(() -> new NotFoundException("patient", id));
            patients.deletePhoto(id);
            patients.insertPhoto(id, photo.mediaType(), photo.content(), now, byStaffId);
            Audits.record(tx, now, byStaffId, AuditAction.PATIENT_PHOTO_SET, "patient", id, null);
            return null;
        });
    }

    public PatientPhoto photo(long id) {
        return transactor.read(tx -> {
            PatientDao patients = tx.dao(PatientDao.class);
            String type = patients.photoMediaType(id).orElseThrow(() -> new NotFoundException("photo of patient", id));
            return new PatientPhoto(type, patients.photoContent(id).orElseThrow());
        });
    }

    private void checkDateOfBirth(LocalDate dateOfBirth) {
        LocalDate today = LocalDate.now(clock.withZone(ClinicTime.ZONE));
        if (dateOfBirth.isAfter(today.minusYears(18))) {
            throw new ValidationException("dateOfBirth", "the patient must be at least 18 years old");
        }
        if (dateOfBirth.isBefore(today.minusYears(120))) {
            throw new ValidationException("dateOfBirth", "is not a plausible date of birth");
        }
    }

    static Patient toPatient(PatientRow row) {
        return new Patient(row.id(), new NhsNumber(row.nhsNumber()), row.givenName(), row.familyName(),
                row.dateOfBirth(), row.address(), row.postcode(), PatientStatus.valueOf(row.status()), row.hasPhoto(),
                row.createdAt(), row.createdBy(), row.updatedAt(), row.updatedBy());
    }
}
