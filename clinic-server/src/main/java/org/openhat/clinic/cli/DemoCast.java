package org.openhat.clinic.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openhat.clinic.core.dosing.Milligrams;

/**
 * Which demo patient lives which story, and what each is prescribed on a given day. The first six
 * patients carry the stories a newcomer should meet; the rest are stable, one of them with a
 * missed day last month so the history is not too tidy.
 */
final class DemoCast {
    static final int HISTORY_DAYS = 90;
    static final int TITRATION_DAYS = 5;
    static final int MISSED_DAYS = 3;
    static final int SUSPENDED_DAYS_AGO = 10;
    /** The stable patient (Gemma Atkinson) who missed one whole day, this long ago. */
    static final int OLD_MISSED_DAY_PATIENT = 9;
    static final int OLD_MISSED_DAY_AGO = 40;

    private static final Map<Integer, PatientStory> STORIES = Map.of(
            1, PatientStory.IN_TITRATION,
            2, PatientStory.BACK_AFTER_MISSED_DAYS,
            3, PatientStory.SUSPENDED,
            4, PatientStory.WITHHELD_FOR_ALCOHOL,
            5, PatientStory.IN_OBSERVATION);

    /**
     * AM and PM doses in mg for each titration day, oldest first; the last is today's. The first
     * dose keeps to the induction cap (15 mg) and each later one rises by under 50 % (§7.3).
     */
    private static final List<long[]> TITRATION = List.of(new long[] {15, 30}, new long[] {45, 45},
            new long[] {65, 65}, new long[] {95, 95}, new long[] {140, 140}, new long[] {200, 200});

    private DemoCast() {
    }

    static PatientStory story(int patient) {
        return STORIES.getOrDefault(patient, PatientStory.STABLE);
    }

    /** The first clinic date the patient was prescribed for. */
    static LocalDate firstDay(int patient, LocalDate today) {
        return story(patient) == PatientStory.IN_TITRATION ? today.minusDays(TITRATION_DAYS)
                : today.minusDays(HISTORY_DAYS);
    }

    /** Whether the prescriber signs a new version for {@code date} that morning. */
    static boolean newPrescriptionOn(int patient, LocalDate date, LocalDate today) {
        return date.equals(firstDay(patient, today))
                || story(patient) == PatientStory.IN_TITRATION && date.isAfter(firstDay(patient, today));
    }

    static Milligrams dose(int patient, LocalDate date, String session, LocalDate today) {
        if (story(patient) != PatientStory.IN_TITRATION) {
            return DemoClinic.maintenanceDose(patient);
        }
        int day = (int) (date.toEpochDay() - firstDay(patient, today).toEpochDay());
        long[] doses = TITRATION.get(Math.min(day, TITRATION.size() - 1));
        return Milligrams.of(session.equals("AM") ? doses[0] : doses[1]);
    }

    static boolean inTitration(int patient) {
        return story(patient) == PatientStory.IN_TITRATION;
    }

    /** Days the patient was due and did not come (the missed-sessions job would have marked them). */
    static boolean missed(int patient, LocalDate date, LocalDate today) {
        if (story(patient) == PatientStory.BACK_AFTER_MISSED_DAYS) {
            return date.isBefore(today) && !date.isBefore(today.minusDays(MISSED_DAYS));
        }
        return patient == OLD_MISSED_DAY_PATIENT && date.equals(today.minusDays(OLD_MISSED_DAY_AGO));
    }
}
