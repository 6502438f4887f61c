package org.openhat.clinic.db;

import java.time.Instant;
import java.time.LocalDate;

public record PatientRow(
        long id,
        String nhsNumber,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String address,
        String postcode,
        String status,
        boolean hasPhoto,
        Instant createdAt,
        long createdBy,
        Instant updatedAt,
        long updatedBy) {
}
