package org.openhat.clinic.cli;

import java.util.HashMap;
import java.util.Map;

/** Each demo patient's id, and the prescription version their doses are given under today. */
final class Enrolments {
    record Enrolment(long patientId, long prescriptionId, long prescriberId) {
    }

    private final Map<Integer, Enrolment> byPatient = new HashMap<>();

    void put(int patient, Enrolment enrolment) {
        byPatient.put(patient, enrolment);
    }

    boolean has(int patient) {
        return byPatient.containsKey(patient);
    }

    Enrolment of(int patient) {
        Enrolment e = byPatient.get(patient);
        if (e == null) {
            throw new IllegalStateException("demo patient " + patient + " has a visit before being enrolled");
        }
        return e;
    }
}
