package org.openhat.clinic.db;

import java.time.LocalDate;

public record SessionOutcomeRow(long patientId, LocalDate clinicDate, String sessionName, String outcome, String reason) {
}
