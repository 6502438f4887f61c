package org.openhat.clinic.core.register;

import java.time.Instant;

/**
 * Destruction of stock (reg 27): only in the presence of a person authorised by the Controlled
 * Drugs Accountable Officer. That witness signs the entry themselves, as its second signer, with
 * their own account ({@link SignerRule#AUTHORISED_WITNESS}); the register takes their name from
 * that account, and records the capacity in which they witness and the CDAO's authorisation.
 */
public record Destruction(Instant occurredAt, long ampoules, String batch, String reason, String witnessCapacity,
                          String authorisationRef, Long secondStaffId, String stationCode, String safeRequestRef)
        implements RegisterLine {

    @Override
    public EntryKind kind() {
        return EntryKind.DESTRUCTION;
    }

    @Override
    public long movement() {
        return -ampoules;
    }

    @Override
    public SignerRule secondSignerRule() {
        return SignerRule.AUTHORISED_WITNESS;
    }

    @Override
    public void check(LedgerContext ledger) {
        Fields.present(secondStaffField(), secondStaffId);
        Fields.text("witnessCapacity", witnessCapacity, 200);
        Fields.text("authorisationRef", authorisationRef, 64);
        Fields.occurredAt(occurredAt);
        Fields.quantity("ampoules", ampoules, RegisterLimits.MAX_AMPOULES_PER_ENTRY);
        Fields.batch(batch);
        Fields.text("reason", reason, 400);
    }

    /** The witness's name is the second signer's, written by the ledger as {@code second_staff_name}. */
    @Override
    public Details details() {
        return Details.of().put("reason", reason).put("authorised_witness_role", witnessCapacity)
                .put("authorisation_ref", authorisationRef).put("denatured", true);
    }
}
