package org.openhat.clinic.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openhat.clinic.core.prescriptions.Prescription;

public record PrescriptionView(long id, long patientId, int version, long prescriberId, long productId,
                               List<String> routes, Map<String, BigDecimal> dosesMg, int sessionsPerDay,
                               LocalDate startDate, LocalDate endDate, BigDecimal oralMethadoneMgPerDay,
                               boolean inTitration, Instant effectiveFrom, String changeReason, Instant signedAt,
                               List<String> advisories) {
    public static PrescriptionView of(Prescription p, List<String> advisories) {
        Map<String, BigDecimal> doses = new LinkedHashMap<>();
        p.dosePerSession().forEach((s, mg) -> doses.put(s, mg.toBigDecimal()));
        return new PrescriptionView(p.id(), p.patientId(), p.version(), p.prescriberId(), p.productId(),
                p.routes().stream().map(Enum::name).sorted().toList(), doses, p.sessionsPerDay(), p.startDate(),
                p.endDate(), p.oralMethadonePerDay() == null ? null : p.oralMethadonePerDay().toBigDecimal(),
                p.inTitration(), p.effectiveFrom(), p.changeReason(), p.createdAt(), advisories);
    }
}
