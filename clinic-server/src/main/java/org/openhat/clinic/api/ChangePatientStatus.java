package org.openhat.clinic.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openhat.clinic.core.patients.PatientStatus;

public record ChangePatientStatus(@NotNull PatientStatus status, @Size(max = 500) String reason) {
}
