package org.openhat.clinic.db;

public record PrescriptionDoseRow(long prescriptionVersionId, String sessionName, long doseMcg) {
}
