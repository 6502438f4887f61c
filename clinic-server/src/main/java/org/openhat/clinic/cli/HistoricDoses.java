package org.openhat.clinic.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.schedule.SessionSlot;
import org.openhat.clinic.core.stations.KioskStation;
import org.openhat.clinic.db.AdministrationDao;
import org.openhat.clinic.db.AdministrationDao.NewAdministration;
import org.openhat.clinic.db.PatientDao;
import org.openhat.clinic.db.PrescriberDao;
import org.openhat.clinic.db.SessionOutcomeDao;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.audit.Audits;
import org.openhat.clinic.service.dispensing.DoseRegisterLines;

/**
 * Writes one session of invented history in one transaction, through the same DAOs and register
 * writer the kiosk's dose uses: the safe opening its ampoule came out of, the administration row,
 * its ADMINISTRATION and WASTE register lines (so chain and balances are the register's own), the
 * audit line, and the discharge from
 * observation once it is over. Withheld and missed sessions become session outcomes, as the
 * nurse's withholding and the missed-sessions job write them.
 */
final class HistoricDoses {
    static final String ASSESSMENT = "sedation=0; bacPermille=0.00; respiratoryRate=16; spo2=97; pupils=NORMAL; "
            + "drowsy=false; coUse=false; concerns=";
    private static final String DISCHARGE = "respiratoryRate=16; spo2=97; sedation=0; notes=";
    private static final Duration TO_DISCHARGE = Duration.ofMinutes(2);

    private final Transactor transactor;
    private final SeedClock clock;
    private final DoseRegisterLines register;
    private final DemoStock stock;
    private final HistoricSafeOpenings openings;
    private final DemoTeam team;
    private final long productId;
    private final long ampouleMg;

    HistoricDoses(Transactor transactor, SeedClock clock, DoseRegisterLines register, DemoStock stock,
                  HistoricSafeOpenings openings, DemoTeam team, long productId, long ampouleMg) {
        this.transactor = transactor;
        this.clock = clock;
        this.register = register;
        this.stock = stock;
        this.openings = openings;
        this.team = team;
        this.productId = productId;
        this.ampouleMg = ampouleMg;
    }

    /** Writes the session's visits in the order they happened; {@code turn} picks the nurses and kiosk. */
    void write(SessionSlot slot, List<Visit> visits, Enrolments enrolments, int turn, Instant now) {
        if (visits.isEmpty()) {
            return;
        }
        List<Visit> inOrder = visits.stream().sorted(Comparator.comparing(Visit::at)).toList();
        transactor.inTransaction(tx -> {
            for (Visit visit : inOrder) {
                clock.set(visit.at());
                Enrolments.Enrolment patient = enrolments.of(visit.patient());
                if (visit instanceof Visit.Dose dose) {
                    give(tx, slot, dose, patient, turn + visit.patient(), now);
                } else if (visit instanceof Visit.Withheld withheld) {
                    tx.dao(SessionOutcomeDao.class).insert(patient.patientId(), slot.date(), slot.name(), "WITHHELD",
                            withheld.reason(), withheld.at(), team.nurse(turn));
                } else {
                    tx.dao(SessionOutcomeDao.class).insert(patient.patientId(), slot.date(), slot.name(), "MISSED",
                            "no dose before the session closed", visit.at(), null);
                }
            }
            return null;
        });
    }

    private void give(Transactor.Tx tx, SessionSlot slot, Visit.Dose dose, Enrolments.Enrolment patient, int turn,
                      Instant now) {
        long mg = dose.dose().micrograms() / 1000;
        String batch = stock.take((mg + ampouleMg - 1) / ampouleMg);
        long nurse = team.nurse(turn);
        long witness = team.witnessFor(turn);
        KioskStation kiosk = team.kiosk(turn);
        Instant observeUntil = dose.at().plus(Duration.ofMinutes(dose.observationMinutes()));
        String opening = openings.openFor(tx, kiosk.code(), nurse, witness, dose.at());
        AdministrationDao administrations = tx.dao(AdministrationDao.class);
        long id = administrations.insert(new NewAdministration(patient.patientId(), patient.prescriptionId(), productId,
                slot.date(), slot.name(), 0, "IV", turn % 2 == 0 ? "left antecubital fossa" : "right antecubital fossa",
                dose.dose().micrograms(), dose.dose().micrograms(), dose.dose().micrograms(), null, "ALLOW", "",
                ASSESSMENT, nurse, witness, kiosk.id(), dose.at(), dose.observationMinutes(), observeUntil, opening));
        register.write(tx, new DoseRegisterLines.GivenDose(id,
                tx.dao(PatientDao.class).findById(patient.patientId()).orElseThrow(),
                tx.dao(PrescriberDao.class).findById(patient.prescriberId()).orElseThrow(), productId, dose.dose(),
                dose.dose(), batch, nurse, witness, kiosk.code(), opening, dose.at()));
        Audits.record(tx, dose.at(), nurse, AuditAction.DOSE_ADMINISTERED, "administration", id, "witness " + witness);
        Instant discharged = observeUntil.plus(TO_DISCHARGE);
        if (!discharged.isAfter(now)) {
            administrations.insertDischarge(id, discharged, nurse, DISCHARGE);
        }
    }
}
