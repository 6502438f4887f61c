package org.openhat.clinic.service.prescribers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.openhat.clinic.core.ConflictException;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.prescribers.Prescriber;
import org.openhat.clinic.db.PrescriberDao;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.audit.Audits;

public class PrescriberService {
    private final Transactor transactor;
    private final Clock clock;

    public PrescriberService(Transactor transactor, Clock clock) {
        this.transactor = transactor;
        this.clock = clock;
    }

    public Prescriber create(Prescriber p, long byStaffId) {
        if (p.medical() && (p.gmcNumber() == null || !p.gmcNumber().matches("\\d{7}"))) {
            throw new ValidationException("gmcNumber", "a medical prescriber needs a 7-digit GMC number");
        }
        if (!p.medical() && p.licenceNumber() != null) {
            throw new ValidationException("licenceNumber",
                    "non-medical prescribers cannot hold a Home Office licence for diamorphine in addiction");
        }
        boolean anyLicencePart = p.licenceNumber() != null || p.licencePremises() != null || p.licenceExpiry() != null;
        boolean wholeLicence = p.licenceNumber() != null && p.licencePremises() != null && p.licenceExpiry() != null;
        if (anyLicencePart && !wholeLicence) {
            throw new ValidationException("licenceNumber", "a licence needs its number, premises and expiry together");
        }
        Instant now = clock.instant();
        return transactor.inTransaction(tx -> {
            PrescriberDao prescribers = tx.dao(PrescriberDao.class);
            if (p.gmcNumber() != null && prescribers.findByGmc(p.gmcNumber()).isPresent()) {
                throw new ConflictException("gmcNumber", "a prescriber with this GMC number exists");
            }
            long id = prescribers.insert(p.staffId(), p.name(), p.gmcNumber(), p.medical(), p.licenceNumber(),
                    p.licencePremises(), p.licenceExpiry(), now, byStaffId);
            Audits.record(tx, now, byStaffId, AuditAction.PRESCRIBER_CREATED, "prescriber", id, null);
            return prescribers.findById(id).orElseThrow();
        });
    }

    public Prescriber get(long id) {
        return transactor.read(tx -> tx.dao(PrescriberDao.class).findById(id))
                .orElseThrow(() -> new NotFoundException("prescriber", id));
    }

    public List<Prescriber> all() {
        return transactor.read(tx -> tx.dao(PrescriberDao.class).all());
    }
}
