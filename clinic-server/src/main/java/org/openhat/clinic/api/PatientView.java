package org.openhat.clinic.api;

import java.time.Instant;
import java.time.LocalDate;
import org.openhat.clinic.core.patients.Patient;

public record PatientView(long id, String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth,
                          String address, String postcode, String status, boolean hasPhoto, Instant createdAt,
                          Instant updatedAt) {
    public static PatientView of(Patient p) {
        return new PatientView(p.id(), p.nhsNumber().value(), p.givenName(), p.familyName(), p.dateOfBirth(),
                p.address(), p.postcode(), p.status().name(), p.hasPhoto(), p.createdAt(), p.updatedAt());
    }
}
