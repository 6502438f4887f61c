package org.openhat.clinic.core.register;

import java.time.Instant;
import org.openhat.clinic.core.ValidationException;

/**
 * Dose waste, denatured in front of a witness. Either the unused part of the last ampoule of an
 * administration (which already took the ampoule out of stock, so no movement here), or ampoules
 * opened and then not given, which leave stock through this entry.
 */
public record Waste(Instant occurredAt, long wasteMg, long ampoulesOpened, Long administrationSeq, String batch,
                    boolean denatured, Long secondStaffId, String stationCode) implements RegisterLine {

    @Override
    public EntryKind kind() {
        return EntryKind.WASTE;
    }

    @Override
    public long movement() {
        return -ampoulesOpened;
    }

    @Override
    public String movementField() {
        return "ampoulesOpened";
    }

    @Override
    public void check(LedgerContext ledger) {
        Fields.occurredAt(occurredAt);
        Fields.quantity("wasteMg", wasteMg, RegisterLimits.MAX_MG_PER_ENTRY);
        Fields.batch(batch);
        if (!denatured) {
            throw new ValidationException("denatured", "waste must be denatured before it is recorded");
        }
        Fields.present(secondStaffField(), secondStaffId);
        long strength = ledger.ledger().strengthMg();
        if (administrationSeq == null) {
            Fields.quantity("ampoulesOpened", ampoulesOpened, RegisterLimits.MAX_AMPOULES_PER_ENTRY);
            if (wasteMg > ampoulesOpened * strength) {
                throw new ValidationException("wasteMg", "is more than the ampoules opened hold");
            }
            return;
        }
        if (ampoulesOpened != 0) {
            throw new ValidationException("ampoulesOpened", "the administration already took its ampoules from stock");
        }
        RegisterEntry given = ledger.entry(administrationSeq)
                .filter(e -> e.kind() == EntryKind.ADMINISTRATION)
                .orElseThrow(() -> new ValidationException("administrationSeq", "is not an administration in this ledger"));
        if (!batch.equals(given.batch())) {
            throw new ValidationException("batch", "differs from the administration's batch");
        }
        long left = given.ampoules() * -strength - Long.parseLong(given.field("dose_mg"));
        if (wasteMg > left) {
            throw new ValidationException("wasteMg", "is more than the administration left in its ampoules");
        }
    }

    @Override
    public Details details() {
        return Details.of().put("waste_mg", wasteMg).put("ampoules_opened", ampoulesOpened)
                .put("administration_seq", administrationSeq).put("denatured", denatured);
    }
}
