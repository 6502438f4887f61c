package org.openhat.clinic.service.dispensing;

import java.time.Instant;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.prescribers.Prescriber;
import org.openhat.clinic.core.register.Administration;
import org.openhat.clinic.core.register.Ledger;
import org.openhat.clinic.core.register.RegisterEntry;
import org.openhat.clinic.core.register.Waste;
import org.openhat.clinic.db.PatientRow;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.register.LedgerWriter;
import org.openhat.clinic.service.register.RegisterService;

/**
 * The controlled-drug register lines a dose writes, in the dose's own transaction: the
 * ADMINISTRATION (the ampoules opened leave stock) and the WASTE of what was left in the last
 * ampoule, denatured in front of the witness. Either all of it commits with the dose, or none.
 */
public class DoseRegisterLines {
    private static final long MICROGRAMS_PER_MG = 1000;

    private final RegisterService register;

    public DoseRegisterLines(RegisterService register) {
        this.register = register;
    }

    /** What the register needs to know about a dose that has just been written. */
    public record GivenDose(long administrationId, PatientRow patient, Prescriber prescriber, long productId,
                            Milligrams drawn, Milligrams given, String batch, long nurseId, long witnessId,
                            String stationCode, String safeRequestRef, Instant at) {
    }

    public RegisterEntry write(Transactor.Tx tx, GivenDose dose) {
        Ledger ledger = ledgerFor(tx, dose.productId());
        long strength = ledger.strengthMg();
        long givenMg = wholeMilligrams(dose.given());
        long ampoules = (givenMg + strength - 1) / strength;
        if (dose.drawn().isGreaterThan(Milligrams.of(ampoules * strength))) {
            throw new ValidationException("doseDrawnMg", "more was drawn up than the " + ampoules
                    + " ampoule(s) this dose needs hold; record the extra ampoule as waste first");
        }
        RegisterEntry administration = register.recordAdministration(tx, ledger, new Administration(dose.at(),
                dose.patient().id(), dose.patient().givenName() + " " + dose.patient().familyName(),
                dose.patient().address() + ", " + dose.patient().postcode(), dose.prescriber().id(),
                dose.prescriber().name(), ampoules, givenMg, dose.batch(), dose.witnessId(), dose.stationCode(), dose.safeRequestRef(),
                "administration-" + dose.administrationId()), dose.nurseId());
        long wasteMg = ampoules * strength - givenMg;
        if (wasteMg > 0) {
            LedgerWriter.append(tx, ledger, new Waste(dose.at(), wasteMg, 0, administration.seq(), dose.batch(), true,
                    dose.witnessId(), dose.stationCode()), dose.nurseId(), dose.at());
        }
        return administration;
    }

    private Ledger ledgerFor(Transactor.Tx tx, long productId) {
        try {
            return register.ledgerForProduct(tx, productId);
        } catch (NotFoundException e) {
            throw new ValidationException("productId",
                    "this product has no controlled-drug register page here; a pharmacist must open one");
        }
    }

    /** The register is kept in whole milligrams, so a dose is given in whole milligrams too. */
    private static long wholeMilligrams(Milligrams dose) {
        if (dose.micrograms() % MICROGRAMS_PER_MG != 0) {
            throw new ValidationException("doseGivenMg", "give whole milligrams: the register records whole mg");
        }
        return dose.micrograms() / MICROGRAMS_PER_MG;
    }
}
