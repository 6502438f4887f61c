package org.openhat.clinic.core.dosing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds what is missing or contradictory in the facts handed to the engine. Any problem means the
 * rules cannot be trusted to judge, so the check fails closed instead of guessing.
 */
final class SnapshotCheck {

    private SnapshotCheck() {
    }

    static List<String> problems(PatientSnapshot snapshot, ProposedDose proposed, PreDoseAssessment assessment,
            Instant at) {
        List<String> problems = new ArrayList<>();
        require(problems, at, "the time of the check");
        require(problems, assessment, "the pre-dose assessment");
        if (require(problems, proposed, "the proposed dose")) {
            proposedProblems(problems, proposed);
        }
        if (require(problems, snapshot, "the patient snapshot")) {
            snapshotProblems(problems, snapshot);
            if (require(problems, snapshot.history(), "the dose history") && at != null) {
                historyProblems(problems, snapshot, at);
            }
        }
        return problems;
    }

    private static void proposedProblems(List<String> problems, ProposedDose proposed) {
        if (require(problems, proposed.dose(), "the proposed amount") && proposed.dose().isZero()) {
            problems.add("the proposed amount is zero");
        }
        require(problems, proposed.productId(), "the proposed product");
        require(problems, proposed.route(), "the proposed route");
        require(problems, proposed.session(), "the selected session");
    }

    private static void snapshotProblems(List<String> problems, PatientSnapshot snapshot) {
        require(problems, snapshot.patientId(), "the patient id");
        require(problems, snapshot.status(), "the patient status");
        require(problems, snapshot.clinicPremisesId(), "the clinic premises id");
        require(problems, snapshot.calendar(), "the clinic calendar");
        Set<String> versions = new HashSet<>();
        for (PrescriptionVersion prescription : snapshot.prescriptions()) {
            if (prescription.prescriber() == null || prescription.productId() == null
                    || prescription.startDate() == null || prescription.patientId() == null) {
                problems.add("prescription " + prescription.prescriptionId() + " v" + prescription.version()
                        + " lacks its prescriber, product, patient or start date");
            }
            if (!versions.add(prescription.prescriptionId() + "/" + prescription.version())) {
                problems.add("prescription version listed twice: " + prescription.prescriptionId()
                        + " v" + prescription.version());
            }
        }
    }

    private static void historyProblems(List<String> problems, PatientSnapshot snapshot, Instant at) {
        DoseHistory history = snapshot.history();
        if (!history.isChronological()) {
            problems.add("the dose history is out of time order");
        }
        history.last().filter(last -> last.at().isAfter(at))
                .ifPresent(last -> problems.add("the dose history holds a dose after the time of the check ("
                        + last.at() + ")"));
        if (snapshot.everDosed() == history.isEmpty()) {
            problems.add(snapshot.everDosed()
                    ? "the patient has been dosed before but no dose history was supplied"
                    : "the patient is marked never dosed but has a dose history");
        }
    }

    private static boolean require(List<String> problems, Object part, String name) {
        if (part == null) {
            problems.add(name + " is missing");
            return false;
        }
        return true;
    }
}
