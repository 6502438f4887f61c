package org.openhat.clinic.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.core.stations.KioskStation;
import org.openhat.clinic.service.staff.StaffService;
import org.openhat.clinic.service.stations.StationService;

/** The demo staff and kiosks by id, their badges, and who works which session: the three nurses take turns. */
record DemoTeam(long admin, long doctor, long pharmacist, List<Long> nurses, List<KioskStation> kiosks,
               Map<Long, String> badges) {

    static DemoTeam of(StaffService staff, StationService stations) {
        return new DemoTeam(DemoClinic.byUsername(staff, "admin"), DemoClinic.byUsername(staff, "dr.patel"),
                DemoClinic.byUsername(staff, "pharm.okafor"),
                List.of(DemoClinic.byUsername(staff, "nurse.amara"), DemoClinic.byUsername(staff, "nurse.ben"),
                        DemoClinic.byUsername(staff, "nurse.chloe")),
                List.of(stations.byCode("KIOSK-1"), stations.byCode("KIOSK-2")),
                staff.all().stream().filter(s -> s.badgeCode() != null)
                        .collect(Collectors.toMap(StaffMember::id, StaffMember::badgeCode)));
    }

    long nurse(int turn) {
        return nurses.get(Math.floorMod(turn, nurses.size()));
    }

    /** The nurse who gives a dose; the next nurse on the rota witnesses it. */
    long witnessFor(int turn) {
        return nurse(turn + 1);
    }

    KioskStation kiosk(int turn) {
        return kiosks.get(Math.floorMod(turn, kiosks.size()));
    }
}
