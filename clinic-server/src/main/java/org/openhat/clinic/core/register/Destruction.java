package org.openhat.clinic.core.register;

import java.time.Instant;

/**
 * Destruction of stock (reg 27): only in the presence of a person authorised by the Secretary of
 * State or the CDAO, whose name and role go in the register. Refused until both are given.
 */
public record Destruction(Instant occurredAt, long ampoules, String batch, String reason, String authorisedWitnessName,
                          String authorisedWitnessRole, String authorisationRef, Long secondStaffId,
                          String stationCode, String safeRequestRef) implements RegisterLine {

    @Override
    public EntryKind kind() {
        return EntryKind.DESTRUCTION;
    }

    @Override
    public long movement() {
        return -ampoules;
    }

    @Override
    public void check(LedgerContext ledger) {
        Fields.text("authorisedWitnessName", authorisedWitnessName, 200);
        Fields.text("authorisedWitnessRole", authorisedWitnessRole, 200);
        Fields.optionalText("authorisationRef", authorisationRef, 64);
        Fields.occurredAt(occurredAt);
        Fields.positive("ampoules", ampoules);
        Fields.batch(batch);
        Fields.text("reason", reason, 400);
    }

    @Override
    public Details details() {
        return Details.of().put("reason", reason).put("authorised_witness_name", authorisedWitnessName)
                .put("authorised_witness_role", authorisedWitnessRole).put("authorisation_ref", authorisationRef)
                .put("denatured", true);
    }
}
