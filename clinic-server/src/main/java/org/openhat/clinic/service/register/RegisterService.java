package org.openhat.clinic.service.register;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openhat.clinic.core.ConflictException;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.products.Product;
import org.openhat.clinic.core.register.Administration;
import org.openhat.clinic.core.register.Correction;
import org.openhat.clinic.core.register.CountDue;
import org.openhat.clinic.core.register.EntryFilter;
import org.openhat.clinic.core.register.Ledger;
import org.openhat.clinic.core.register.LedgerSummary;
import org.openhat.clinic.core.register.RegisterEntry;
import org.openhat.clinic.core.register.RegisterLine;
import org.openhat.clinic.db.ProductDao;
import org.openhat.clinic.db.RegisterDao;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.audit.Audits;

/** The controlled-drug register of one premises: ledgers, appending entries, and reading them back. */
public class RegisterService {
    public static final int MAX_PAGE = 500;

    private final Transactor transactor;
    private final Clock clock;
    private final String premises;
    private final Map<Long, Ledger> ledgerRows = new ConcurrentHashMap<>();

    public RegisterService(Transactor transactor, Clock clock, String premises) {
        this.transactor = transactor;
        this.clock = clock;
        this.premises = premises;
    }

    /** Opens the ledger (register page) for a product at this premises; one per drug, form and strength. */
    public Ledger openLedger(long productId, long staffId) {
        Instant now = clock.instant();
        return transactor.inTransaction(tx -> {
            Product product = tx.dao(ProductDao.class).findById(productId)
                    .orElseThrow(() -> new ValidationException("productId", "is not a product"));
            RegisterDao register = tx.dao(RegisterDao.class);
            if (register.ledgerFor(premises, productId).isPresent()) {
                throw new ConflictException("productId", "this premises already has a ledger for this product");
            }
            register.insertLedger(premises, productId, product.saltBasis(), product.form(), product.mgPerAmpoule(),
                    now, staffId);
            long id = register.ledgerFor(premises, productId).orElseThrow().id();
            Audits.record(tx, now, staffId, AuditAction.REGISTER_LEDGER_OPENED, "register_ledger", id, product.name());
            return register.ledger(id).orElseThrow();
        });
    }

    public List<LedgerSummary> ledgers() {
        return transactor.read(tx -> {
            RegisterDao register = tx.dao(RegisterDao.class);
            return register.ledgers().stream()
                    .map(l -> LedgerSummary.of(l, register.head(l.id()))).toList();
        });
    }

    public LedgerSummary ledger(long ledgerId) {
        return transactor.read(tx -> {
            RegisterDao register = tx.dao(RegisterDao.class);
            Ledger ledger = register.ledger(ledgerId).orElseThrow(() -> new NotFoundException("ledger", ledgerId));
            return LedgerSummary.of(ledger, register.head(ledgerId));
        });
    }

    /** Writes a line in its own transaction; returns once it is committed (and so durable). */
    public RegisterEntry record(long ledgerId, RegisterLine line, long staffId) {
        Ledger ledger = ledgerRow(ledgerId);
        Instant now = clock.instant();
        return transactor.inTransaction(tx -> LedgerWriter.append(tx, ledger, line, staffId, now));
    }

    /**
     * A ledger's row, read once: ledger rows never change (the database refuses UPDATE and
     * DELETE on them), so the copy stays true, and appends skip reading it again.
     */
    private Ledger ledgerRow(long ledgerId) {
        Ledger known = ledgerRows.get(ledgerId);
        if (known != null) {
            return known;
        }
        Ledger ledger = transactor.read(tx -> tx.dao(RegisterDao.class).ledger(ledgerId))
                .orElseThrow(() -> new NotFoundException("ledger", ledgerId));
        ledgerRows.put(ledgerId, ledger);
        return ledger;
    }

    /** A correction is dated and signed when it is made, so its date is the clock's, not the caller's. */
    public RegisterEntry correct(long ledgerId, Long correctsSeq, String reason, long adjustment, String batch,
                                 Long secondStaffId, long staffId) {
        return record(ledgerId, new Correction(clock.instant(), correctsSeq, reason, adjustment, batch, secondStaffId),
                staffId);
    }

    /**
     * For the dosing flow: writes the administration inside the caller's transaction, so the dose
     * and its register line commit together or not at all. The nurse is the one who gave the dose.
     */
    public RegisterEntry recordAdministration(Transactor.Tx tx, Ledger ledger, Administration administration,
                                              long nurseId) {
        return LedgerWriter.append(tx, ledger, administration, nurseId, clock.instant());
    }

    /** The ledger this premises keeps for a product, for callers that know the product (the dosing flow). */
    public Ledger ledgerForProduct(Transactor.Tx tx, long productId) {
        return tx.dao(RegisterDao.class).ledgerFor(premises, productId)
                .orElseThrow(() -> new NotFoundException("register ledger for product", productId));
    }

    public RegisterEntry entry(long ledgerId, long seq) {
        return transactor.read(tx -> tx.dao(RegisterDao.class).entry(ledgerId, seq))
                .orElseThrow(() -> new NotFoundException("register entry", ledgerId + "/" + seq));
    }

    /** One page of a ledger in register order, after {@code afterSeq}, with optional filters. */
    public List<RegisterEntry> page(long ledgerId, EntryFilter filter, long afterSeq, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_PAGE);
        }
        ledgerRow(ledgerId);
        return transactor.read(tx -> tx.dao(RegisterDao.class).page(ledgerId, afterSeq,
                filter.kind() == null ? null : filter.kind().name(), filter.batch(), filter.from(), filter.to(), limit));
    }

    /**
     * Whether the end-of-session count is due: no stock check since the session started. The
     * dosing list asks this to prompt for the count.
     */
    public CountDue countDue(long ledgerId, Instant sessionStart) {
        if (sessionStart == null) {
            throw new ValidationException("sessionStart", "is required");
        }
        ledgerRow(ledgerId);
        return transactor.read(tx -> {
            RegisterDao register = tx.dao(RegisterDao.class);
            Instant last = register.lastStockCheckAt(ledgerId).orElse(null);
            boolean due = last == null || last.isBefore(sessionStart);
            return new CountDue(ledgerId, due, last, register.movementsSince(ledgerId, sessionStart));
        });
    }

    public String premises() {
        return premises;
    }
}
