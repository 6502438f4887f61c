package org.openhat.clinic.core.register;

import java.time.Instant;
import org.openhat.clinic.core.ValidationException;

/**
 * A supply by administration, written by the dosing flow: the patient's name and address and the
 * prescriber (reg 19 "authority"), as they were at the time; whole ampoules leave stock, the dose
 * in mg is what the patient received (the rest of the last ampoule is recorded as WASTE).
 */
public record Administration(Instant occurredAt, long patientId, String patientName, String patientAddress,
                             long prescriberId, String prescriberName, long ampoules, long doseMg, String batch,
                             Long secondStaffId, String stationCode, String safeRequestRef, String doseRef)
        implements RegisterLine {

    @Override
    public EntryKind kind() {
        return EntryKind.ADMINISTRATION;
    }

    @Override
    public long movement() {
        return -ampoules;
    }

    @Override
    public void check(LedgerContext ledger) {
        Fields.occurredAt(occurredAt);
        Fields.positive("patientId", patientId);
        Fields.text("patientName", patientName, 200);
        Fields.text("patientAddress", patientAddress, 400);
        Fields.positive("prescriberId", prescriberId);
        Fields.text("prescriberName", prescriberName, 200);
        Fields.quantity("ampoules", ampoules, RegisterLimits.MAX_AMPOULES_PER_ENTRY);
        Fields.quantity("doseMg", doseMg, RegisterLimits.MAX_MG_PER_ENTRY);
        long strength = ledger.ledger().strengthMg();
        if (doseMg > ampoules * strength) {
            throw new ValidationException("doseMg", "is more than the ampoules opened hold");
        }
        if (doseMg <= (ampoules - 1) * strength) {
            throw new ValidationException("ampoules", "more ampoules opened than the dose needs");
        }
        Fields.batch(batch);
        Fields.present(secondStaffField(), secondStaffId);
        Fields.optionalText("doseRef", doseRef, 64);
    }

    @Override
    public Details details() {
        return Details.of().put("patient_id", patientId).put("patient_name", patientName)
                .put("patient_address", patientAddress).put("prescriber_id", prescriberId)
                .put("prescriber_name", prescriberName).put("dose_mg", doseMg).put("dose_ref", doseRef);
    }
}
