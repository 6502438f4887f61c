package org.openhat.clinic.service.prescriptions;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Route;
import org.openhat.clinic.core.prescriptions.Prescription;
import org.openhat.clinic.db.PrescriptionDao;
import org.openhat.clinic.db.PrescriptionDoseRow;
import org.openhat.clinic.db.PrescriptionRow;

/** Turns stored prescription rows (a version and its session doses) back into prescriptions. */
public final class Prescriptions {
    private Prescriptions() {
    }

    public static List<Prescription> load(PrescriptionDao dao, List<PrescriptionRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PrescriptionDoseRow>> doses = dao.doses(rows.stream().map(PrescriptionRow::id).toList())
                .stream().collect(Collectors.groupingBy(PrescriptionDoseRow::prescriptionVersionId));
        return rows.stream().map(row -> of(row, doses.getOrDefault(row.id(), List.of()))).toList();
    }

    static Prescription of(PrescriptionRow row, List<PrescriptionDoseRow> doses) {
        Map<String, Milligrams> perSession = new LinkedHashMap<>();
        doses.forEach(d -> perSession.put(d.sessionName(), new Milligrams(d.doseMcg())));
        return new Prescription(row.id(), row.patientId(), row.version(), row.prescriberId(), row.productId(),
                routes(row.routes()), perSession, row.sessionsPerDay(), row.startDate(), row.endDate(),
                row.oralMethadoneMcg() == null ? null : new Milligrams(row.oralMethadoneMcg()), row.inTitration(),
                row.effectiveFrom(), row.changeReason(), row.createdAt(), row.createdBy());
    }

    static String routesText(Set<Route> routes) {
        return routes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<Route> routes(String text) {
        EnumSet<Route> routes = EnumSet.noneOf(Route.class);
        Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(Route::valueOf).forEach(routes::add);
        return routes;
    }
}
