package org.openhat.clinic.service.stations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.openhat.clinic.core.ConflictException;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.stations.KioskStation;
import org.openhat.clinic.db.StationDao;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.audit.Audits;

public class StationService {
    private final Transactor transactor;
    private final Clock clock;

    public StationService(Transactor transactor, Clock clock) {
        this.transactor = transactor;
        this.clock = clock;
    }

    public KioskStation create(String code, String name, String location, long byStaffId) {
        if (code == null || !code.matches("[A-Z0-9-]{1,32}")) {
            throw new ValidationException("code", "must be 1 to 32 capital letters, digits or dashes");
        }
        Instant now = clock.instant();
        return transactor.inTransaction(tx -> {
            StationDao stations = tx.dao(StationDao.class);
            if (stations.findByCode(code).isPresent()) {
                throw new ConflictException("code", "a station with this code exists");
            }
            long id = stations.insert(code, name, location, now, byStaffId);
            Audits.record(tx, now, byStaffId, AuditAction.STATION_CREATED, "kiosk_station", id, code);
            return stations.findById(id).orElseThrow();
        });
    }

    public KioskStation get(long id) {
        return transactor.read(tx -> tx.dao(StationDao.class).findById(id))
                .orElseThrow(() -> new NotFoundException("kiosk station", id));
    }

    public KioskStation byCode(String code) {
        return transactor.read(tx -> tx.dao(StationDao.class).findByCode(code))
                .orElseThrow(() -> new NotFoundException("kiosk station", code));
    }

    public List<KioskStation> all() {
        return transactor.read(tx -> tx.dao(StationDao.class).all());
    }
}
