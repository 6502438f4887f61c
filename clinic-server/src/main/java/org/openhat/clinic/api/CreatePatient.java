package org.openhat.clinic.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.openhat.clinic.core.patients.PatientStatus;

/** A referral. Status defaults to REFERRED. */
public record CreatePatient(
        @NotBlank String nhsNumber,
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotNull LocalDate dateOfBirth,
        @NotBlank @Size(max = 400) String address,
        @NotBlank @Pattern(regexp = "[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}", message = "is not a UK postcode") String postcode,
        PatientStatus status) {
}
