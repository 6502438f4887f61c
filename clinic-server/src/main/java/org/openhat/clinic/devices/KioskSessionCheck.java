package org.openhat.clinic.devices;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.openhat.clinic.core.staff.SessionKind;
import org.openhat.clinic.core.staff.SessionPolicy;
import org.openhat.clinic.core.staff.SessionTokens;
import org.openhat.clinic.db.SessionDao;
import org.openhat.clinic.db.SessionRow;
import org.openhat.clinic.db.Transactor;

/**
 * Whether an open scan stream's kiosk session is still live at its station. Reads only: a kiosk
 * page left open must not keep its session alive past the idle limit.
 */
public final class KioskSessionCheck {
    private final Transactor transactor;
    private final SessionPolicy policy;
    private final Clock clock;

    public KioskSessionCheck(Transactor transactor, SessionPolicy policy, Clock clock) {
        this.transactor = transactor;
        this.policy = policy;
        this.clock = clock;
    }

    public boolean stillAt(String token, long stationId) {
        Instant now = clock.instant();
        Optional<SessionRow> row = transactor.read(tx -> tx.dao(SessionDao.class)
                .find(SessionTokens.hashOf(token)));
        return row.filter(r -> r.endedAt() == null)
                .filter(r -> SessionKind.KIOSK.name().equals(r.kind()))
                .filter(r -> r.stationId() != null && r.stationId() == stationId)
                .filter(r -> now.isBefore(r.lastSeenAt().plus(policy.idleLimit(SessionKind.KIOSK))))
                .isPresent();
    }
}
