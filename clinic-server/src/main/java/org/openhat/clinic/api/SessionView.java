package org.openhat.clinic.api;

import java.time.Instant;
import org.openhat.clinic.core.dispensing.DoseWitnessRule;
import org.openhat.clinic.core.dispensing.KioskAbilities;
import org.openhat.clinic.core.staff.SessionKind;
import org.openhat.clinic.core.staff.StaffSession;

/**
 * A signed-in session as the screens see it. {@code serverTime} is the server's clock when it
 * answered: the kiosk runs its observation countdowns against it, not against its own clock.
 * {@code atThisKiosk} (kiosk sessions only) says what the signed-in person may do there and who
 * may witness a dose, in the words the witness box shows.
 */
public record SessionView(StaffView staff, String kind, Long stationId, Instant expiresAt, StaffView witness,
                          Instant serverTime, AtThisKiosk atThisKiosk) {

    public record AtThisKiosk(String role, boolean mayScan, boolean mayCheckDoses, boolean mayRecordDoses,
                              boolean mayWitness, String witnessRule) {
        static AtThisKiosk of(KioskAbilities a) {
            return new AtThisKiosk(a.role(), a.mayScan(), a.mayCheckDoses(), a.mayRecordDoses(), a.mayWitness(),
                    a.witnessRule());
        }
    }

    public static SessionView of(StaffSession s, Instant serverTime, DoseWitnessRule witnesses) {
        return new SessionView(StaffView.of(s.staff()), s.kind().name(), s.stationId(), s.expiresAt(),
                s.witness() == null ? null : StaffView.of(s.witness()), serverTime,
                s.kind() == SessionKind.KIOSK ? AtThisKiosk.of(KioskAbilities.of(s.staff(), witnesses)) : null);
    }
}
