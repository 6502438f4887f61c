package org.openhat.clinic.core.patients;

import org.openhat.devices.ids.NhsNumber;

import java.time.Instant;
import java.time.LocalDate;

/** A person in treatment at the clinic. */
public record Patient(
        long id,
        NhsNumber nhsNumber,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String address,
        String postcode,
        PatientStatus status,
        boolean hasPhoto,
        Instant createdAt,
        long createdBy,
        Instant updatedAt,
        long updatedBy) {
}
