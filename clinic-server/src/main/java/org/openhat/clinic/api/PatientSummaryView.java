package org.openhat.clinic.api;

import org.openhat.clinic.core.patients.Patient;

/** A patient in a list: what it takes to pick the right person, and no identifier or address. */
public record PatientSummaryView(long id, String givenName, String familyName, String status, boolean hasPhoto) {
    public static PatientSummaryView of(Patient p) {
        return new PatientSummaryView(p.id(), p.givenName(), p.familyName(), p.status().name(), p.hasPhoto());
    }
}
