package org.openhat.clinic.core.register;

import java.time.Instant;
import java.util.Optional;

/**
 * What someone asks to write in the register, before it has a place in the ledger. Each kind
 * checks the fields the regulations require and says how it moves the stock.
 */
public sealed interface RegisterLine
        permits Receipt, Administration, Waste, Destruction, StockReturn, StockCheck, Correction {

    EntryKind kind();

    /** When the transaction happened (the date column of the paper register). */
    Instant occurredAt();

    /** Signed change to the ampoules in stock. */
    long movement();

    /** The batch the entry concerns, or null where it concerns the whole ledger. */
    default String batch() {
        return null;
    }

    /** The second member of staff (receiver, witness, second counter), or null where none is needed. */
    default Long secondStaffId() {
        return null;
    }

    /** The request field carrying the second person's own authentication, for error messages. */
    default String secondStaffField() {
        return "secondSigner";
    }

    /** Who may be the second person on this line. */
    default SignerRule secondSignerRule() {
        return SignerRule.SECOND_PRACTITIONER;
    }

    /** Who may make this line. */
    default SignerRule recorderRule() {
        return SignerRule.RECORDER;
    }

    /** The request field named when the recorder may not make this line. */
    default String recorderField() {
        return "recordedBy";
    }

    /** The request field that carries the movement, named when the balance cannot take it. */
    default String movementField() {
        return "ampoules";
    }

    default String stationCode() {
        return null;
    }

    default String safeRequestRef() {
        return null;
    }

    default Long correctsSeq() {
        return null;
    }

    /** Throws a ValidationException naming the first required field that is missing or wrong. */
    void check(LedgerContext ledger);

    /** The kind's legal fields, in canonical order. */
    Details details();

    /** What a line may look up while it checks itself: its ledger and the entries already in it. */
    interface LedgerContext {
        Ledger ledger();

        Optional<RegisterEntry> entry(long seq);
    }
}
