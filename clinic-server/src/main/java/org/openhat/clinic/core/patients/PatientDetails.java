package org.openhat.clinic.core.patients;

import java.time.LocalDate;

/** The parts of a patient record that can be corrected after referral. */
public record PatientDetails(String givenName, String familyName, LocalDate dateOfBirth, String address, String postcode) {
}
