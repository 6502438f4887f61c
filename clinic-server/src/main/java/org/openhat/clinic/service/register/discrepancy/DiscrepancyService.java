package org.openhat.clinic.service.register.discrepancy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openhat.clinic.core.ConflictException;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.register.discrepancy.Discrepancy;
import org.openhat.clinic.core.register.discrepancy.DiscrepancyStatus;
import org.openhat.clinic.core.register.discrepancy.NoteKind;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.db.DiscrepancyDao;
import org.openhat.clinic.db.StaffDao;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.audit.Audits;

/** Stock-check discrepancies: listing with escalation, and the pharmacist's notes up to a signed-off resolution. */
public class DiscrepancyService {
    private final Transactor transactor;
    private final Clock clock;
    private final Duration escalateAfter;

    public DiscrepancyService(Transactor transactor, Clock clock, Duration escalateAfter) {
        this.transactor = transactor;
        this.clock = clock;
        this.escalateAfter = escalateAfter;
    }

    public List<DiscrepancyStatus> list(boolean openOnly) {
        Instant now = clock.instant();
        return transactor.readSnapshot(tx -> {
            DiscrepancyDao dao = tx.dao(DiscrepancyDao.class);
            List<Discrepancy> found = openOnly ? dao.open() : dao.latest(500);
            return found.stream().map(d -> DiscrepancyStatus.of(d, dao.notes(d.id()), now, escalateAfter)).toList();
        });
    }

    public DiscrepancyStatus get(long id) {
        Instant now = clock.instant();
        return transactor.readSnapshot(tx -> {
            DiscrepancyDao dao = tx.dao(DiscrepancyDao.class);
            Discrepancy d = dao.find(id).orElseThrow(() -> new NotFoundException("discrepancy", id));
            return DiscrepancyStatus.of(d, dao.notes(id), now, escalateAfter);
        });
    }

    public DiscrepancyStatus addNote(long id, NoteKind kind, String text, long staffId) {
        if (kind == null) {
            throw new ValidationException("kind", "is required");
        }
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw new ValidationException("text", "is required, at most 4000 characters");
        }
        Instant now = clock.instant();
        transactor.inTransaction(tx -> {
            DiscrepancyDao dao = tx.dao(DiscrepancyDao.class);
            Discrepancy d = dao.find(id).orElseThrow(() -> new NotFoundException("discrepancy", id));
            if (DiscrepancyStatus.of(d, dao.notes(id), now, escalateAfter).resolved()) {
                throw new ConflictException("kind", "this discrepancy is already resolved");
            }
            if (kind == NoteKind.RESOLUTION && !isPharmacist(tx, staffId)) {
                throw new ValidationException("kind", "only a pharmacist signs off a resolution");
            }
            dao.addNote(id, kind.name(), text, now, staffId);
            Audits.record(tx, now, staffId, AuditAction.REGISTER_DISCREPANCY_NOTED, "register_discrepancy", id,
                    kind.name());
            return null;
        });
        return get(id);
    }

    private static boolean isPharmacist(Transactor.Tx tx, long staffId) {
        return tx.dao(StaffDao.class).member(staffId).map(s -> s.enabled() && s.hasRole(Role.PHARMACIST)).orElse(false);
    }
}
