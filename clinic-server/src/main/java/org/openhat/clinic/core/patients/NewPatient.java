package org.openhat.clinic.core.patients;

import org.openhat.devices.ids.NhsNumber;

import java.time.LocalDate;

/** What a referral needs to put a person on the clinic's books. */
public record NewPatient(
        NhsNumber nhsNumber,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String address,
        String postcode,
        PatientStatus status) {
}
