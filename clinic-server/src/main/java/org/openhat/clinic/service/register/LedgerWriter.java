package org.openhat.clinic.service.register;

import java.time.Instant;
import java.util.Optional;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.register.CanonicalEntry;
import org.openhat.clinic.core.register.Details;
import org.openhat.clinic.core.register.EntryDeadline;
import org.openhat.clinic.core.register.EntryKind;
import org.openhat.clinic.core.register.Ledger;
import org.openhat.clinic.core.register.LedgerHead;
import org.openhat.clinic.core.register.RegisterEntry;
import org.openhat.clinic.core.register.RegisterLimits;
import org.openhat.clinic.core.register.RegisterLine;
import org.openhat.clinic.core.register.StockCheck;
import org.openhat.clinic.db.DiscrepancyDao;
import org.openhat.clinic.db.LedgerAppendDao;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.audit.Audits;

/**
 * Appends one line to a ledger inside the caller's transaction: holds the ledger, reads its head
 * (the last entry), checks the line, works out the running balances (refusing any that would go
 * below zero) and chains the hash to the previous entry. Nothing is written if any check fails.
 */
public final class LedgerWriter {

    private LedgerWriter() {
    }

    /** {@code ledger} as read from the database (ledgers never change, so a copy read earlier is as good). */
    public static RegisterEntry append(Transactor.Tx tx, Ledger ledger, RegisterLine line, long staffId, Instant now) {
        long ledgerId = ledger.id();
        LedgerAppendDao register = tx.dao(LedgerAppendDao.class);
        LedgerAppendDao.Position position = register.lockPosition(ledgerId, line.batch())
                .orElseThrow(() -> new NotFoundException("ledger", ledgerId));
        LedgerHead head = position.head();
        line.check(new Context(register, ledger));
        EntryDeadline.check(line.occurredAt(), now);
        Attribution.Signers signers = Attribution.of(register, line, staffId);
        Attribution.Signer recorder = signers.recorder();
        Attribution.Signer second = signers.second();

        long balance = balanceAfter(line, head.balance(), "ledger");
        Long batchBalance = batchBalanceAfter(line, position.batchBalance());
        Details details = Details.of().put("recorded_by_name", recorder.displayName())
                .put("second_staff_name", second == null ? null : second.displayName())
                .putAll(line.details());
        RegisterEntry unsigned = new RegisterEntry(ledgerId, head.lastSeq() + 1, line.kind(), line.occurredAt(), now,
                recorder.id(), line.secondStaffId(), line.movement(), balance, line.batch(), batchBalance,
                line.stationCode(), line.safeRequestRef(), line.correctsSeq(), details.text(), head.lastHash(), null);
        RegisterEntry entry = unsigned.withHash(CanonicalEntry.hash(unsigned));
        // The entry is its own audit line (who, when, what, chained), so none is copied into the
        // audit log: the audit trail reads register entries from the register (AuditTrail).
        register.insertEntry(entry);
        if (line instanceof StockCheck check) {
            openDiscrepancyIfCountDiffers(tx, entry, check, now);
        }
        return entry;
    }

    private static Long batchBalanceAfter(RegisterLine line, Long before) {
        if (line.batch() == null) {
            return null;
        }
        if (before == null && line.kind() != EntryKind.RECEIPT) {
            throw new ValidationException("batch", "no stock of this batch has been received in this ledger");
        }
        return balanceAfter(line, before == null ? 0L : before, "batch");
    }

    /**
     * The balance after the line, refused by the line's own field if it would fall below zero or
     * rise above what a clinic could hold. Every line's movement is bounded already; the sum is
     * still done exactly, so a balance stored before the bounds existed cannot wrap round either.
     */
    private static long balanceAfter(RegisterLine line, long before, String which) {
        long after;
        try {
            after = Math.addExact(before, line.movement());
        } catch (ArithmeticException e) {
            after = line.movement() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        if (after < 0) {
            throw new ValidationException(line.movementField(), "would take the " + which + " balance below zero");
        }
        if (after > RegisterLimits.MAX_BALANCE) {
            throw new ValidationException(line.movementField(), "would take the " + which + " balance above "
                    + RegisterLimits.MAX_BALANCE + " ampoules, more than a clinic could hold");
        }
        return after;
    }

    private static void openDiscrepancyIfCountDiffers(Transactor.Tx tx, RegisterEntry entry, StockCheck check,
                                                      Instant now) {
        if (!StockCheck.matches(entry)) {
            long expected = StockCheck.expected(entry);
            DiscrepancyDao discrepancies = tx.dao(DiscrepancyDao.class);
            discrepancies.open(entry.ledgerId(), entry.seq(), check.batch(), expected, check.counted(), now,
                    entry.recordedBy());
            long id = discrepancies.idFor(entry.ledgerId(), entry.seq());
            Audits.record(tx, now, entry.recordedBy(), AuditAction.REGISTER_DISCREPANCY_OPENED, "register_discrepancy",
                    id, "stock check " + entry.ledgerId() + "/" + entry.seq());
        }
    }

    private record Context(LedgerAppendDao register, Ledger ledger) implements RegisterLine.LedgerContext {
        @Override
        public Optional<RegisterEntry> entry(long seq) {
            return register.entry(ledger.id(), seq);
        }
    }
}
