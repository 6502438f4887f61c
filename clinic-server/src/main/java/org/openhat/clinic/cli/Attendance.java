package org.openhat.clinic.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.openhat.clinic.core.schedule.SessionSlot;

/**
 * What each demo patient did in a session, by their story. Patients arrive through the session in
 * a fixed order with a few minutes' deterministic jitter. In a session still open when the demo
 * starts only the patient in observation has come (and the one sent away for alcohol), so a
 * newcomer finds everyone else due.
 */
final class Attendance {
    static final String ALCOHOL_REASON = "Breath alcohol 2.3 ‰ (101 µg/100 mL) and slurred speech: withheld, "
            + "prescriber informed; offered a return after a repeat breath test";
    static final Duration OBSERVATION_STARTED_BEFORE_NOW = Duration.ofMinutes(4);
    private static final int MAINTENANCE_OBSERVATION_MINUTES = 20;
    private static final int TITRATION_OBSERVATION_MINUTES = 30;

    private Attendance() {
    }

    /**
     * @param latest whether {@code slot} is the latest session that has opened by {@code now}
     */
    static Optional<Visit> in(int patient, SessionSlot slot, boolean latest, LocalDate today, Instant now) {
        PatientStory story = DemoCast.story(patient);
        if (slot.date().isBefore(DemoCast.firstDay(patient, today)) || suspendedBy(patient, slot, today)) {
            return Optional.empty();
        }
        if (DemoCast.missed(patient, slot.date(), today)) {
            return Optional.of(new Visit.Missed(patient, slot.closesAt()));
        }
        if (latest && story == PatientStory.WITHHELD_FOR_ALCOHOL) {
            return Optional.of(new Visit.Withheld(patient, earliest(slot.opensAt().plus(Duration.ofMinutes(20)),
                    now.minus(Duration.ofMinutes(1)), slot.opensAt()), ALCOHOL_REASON));
        }
        if (latest && story == PatientStory.IN_OBSERVATION) {
            Instant at = now.minus(OBSERVATION_STARTED_BEFORE_NOW);
            return Optional.of(dose(patient, slot, at.isBefore(slot.opensAt()) ? slot.opensAt() : at, today));
        }
        if (latest && slot.closesAt().isAfter(now)) {
            return Optional.empty(); // not come yet: due
        }
        return Optional.of(dose(patient, slot, arrival(patient, slot), today));
    }

    /** The suspended patient's last dose is the AM one {@link DemoCast#SUSPENDED_DAYS_AGO} days ago. */
    static boolean suspendedBy(int patient, SessionSlot slot, LocalDate today) {
        if (DemoCast.story(patient) != PatientStory.SUSPENDED) {
            return false;
        }
        LocalDate day = suspensionDay(today);
        return slot.date().isAfter(day) || slot.date().equals(day) && !slot.name().equals("AM");
    }

    static LocalDate suspensionDay(LocalDate today) {
        return today.minusDays(DemoCast.SUSPENDED_DAYS_AGO);
    }

    private static Visit dose(int patient, SessionSlot slot, Instant at, LocalDate today) {
        int minutes = DemoCast.inTitration(patient) ? TITRATION_OBSERVATION_MINUTES : MAINTENANCE_OBSERVATION_MINUTES;
        return new Visit.Dose(patient, at, DemoCast.dose(patient, slot.date(), slot.name(), today), minutes);
    }

    /** 12 minutes after opening, then 7 minutes apart in patient order, plus up to 9 minutes' jitter. */
    private static Instant arrival(int patient, SessionSlot slot) {
        long jitter = Math.floorMod(slot.date().toEpochDay() * 31 + patient * 17L + slot.name().hashCode(), 10);
        Instant at = slot.opensAt().plus(Duration.ofMinutes(12 + 7L * patient + jitter));
        Instant lastCall = slot.closesAt().minus(Duration.ofMinutes(5));
        return at.isAfter(lastCall) ? lastCall : at;
    }

    private static Instant earliest(Instant a, Instant b, Instant notBefore) {
        Instant first = a.isBefore(b) ? a : b;
        return first.isBefore(notBefore) ? notBefore : first;
    }
}
