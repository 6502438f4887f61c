package org.openhat.clinic.service.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.audit.AuditEvent;
import org.openhat.clinic.core.register.Ledger;
import org.openhat.clinic.core.register.RegisterEntry;
import org.openhat.clinic.db.AuditDao;
import org.openhat.clinic.db.RegisterDao;
import org.openhat.clinic.db.Transactor;

/**
 * Reading the audit trail back, for admins, pharmacists and inspectors. A register entry is its
 * own audit line (who made it, when, what; hash-chained and append-only), so the trail reads
 * entries from the register rather than from a copy in the audit log: they appear here as
 * REGISTER_ENTRY_MADE, named {@code register_entry} "ledger/line".
 */
public class AuditTrail {
    public static final String REGISTER_ENTRY = "register_entry";

    private final Transactor transactor;

    public AuditTrail(Transactor transactor) {
        this.transactor = transactor;
    }

    /** The newest events first, register entries among them. */
    public List<AuditEvent> latest(int limit) {
        return transactor.read(tx -> {
            List<AuditEvent> events = new ArrayList<>(tx.dao(AuditDao.class).latest(limit));
            RegisterDao register = tx.dao(RegisterDao.class);
            for (Ledger ledger : register.ledgers()) {
                register.latestEntries(ledger.id(), limit).forEach(entry -> events.add(entryMade(entry)));
            }
            // stable: events at the same instant keep the order each source gave them
            events.sort(Comparator.comparing(AuditEvent::at).reversed());
            return List.copyOf(events.subList(0, Math.min(limit, events.size())));
        });
    }

    public List<AuditEvent> forRecord(String recordType, String recordId) {
        return transactor.read(tx -> {
            List<AuditEvent> events = new ArrayList<>();
            if (REGISTER_ENTRY.equals(recordType)) {
                entry(tx.dao(RegisterDao.class), recordId).ifPresent(entry -> events.add(entryMade(entry)));
            }
            events.addAll(tx.dao(AuditDao.class).forRecord(recordType, recordId));
            return List.copyOf(events);
        });
    }

    private static Optional<RegisterEntry> entry(RegisterDao register, String recordId) {
        String[] parts = recordId.split("/", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return register.entry(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static AuditEvent entryMade(RegisterEntry e) {
        return new AuditEvent(e.recordedAt(), e.recordedBy(), AuditAction.REGISTER_ENTRY_MADE, REGISTER_ENTRY,
                e.ledgerId() + "/" + e.seq(), e.kind() + " " + e.ampoules() + " ampoules");
    }
}
