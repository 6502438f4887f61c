package org.openhat.clinic.core.dosing;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every configurable default of clinical-rules.md §7.1–§7.6, named as there in camelCase.
 *
 * <p>A plain record of simple types so the server can bind it from YAML with Jackson. Components are
 * boxed so that a value left out of the YAML takes its documented default instead of 0 or false.
 * The compact constructor refuses values outside a safe range. Legal requirements that the engine
 * has no other path for (prescription, licence, pre-dose assessment, supervision, no take-home,
 * nurses never increase) accept only their lawful value: they are listed so the configuration
 * documents them, not so they can be switched off.
 */
public record DosingParameters(
        // §7.1 prescription and authority
        Boolean requireActivePrescription,
        Boolean prescriberHomeOfficeLicenceRequired,
        Boolean allowNonMedicalPrescriberDiamorphine,
        Boolean nurseMayReduceOnly,
        Boolean takeHomeInjectableAllowed,
        // §7.2 frequency and timing (session windows and days open: ScheduleParameters)
        Integer maxDosesPerDay,
        Integer minMinutesBetweenSessions,
        Integer minMinutesBetweenTopups,
        // §7.3 titration and ceilings
        Integer inductionFirstDoseMaxMg,
        Integer inductionDay1DoseMaxMg,
        Integer maxSingleDoseIncreasePct,
        Integer nextDaySingleDoseCapPctOfPrevTotal,
        Integer maxSingleDoseMg,
        Integer maxDailyInjectableMg,
        Integer dailyDoseAdvisoryMg,
        Integer maxDailyOralMethadoneMg,
        Boolean showCombinedOpioidLoad,
        String doseSaltBasis,
        // §7.4 missed doses
        Boolean missedDaysCounter,
        Integer missedSessionsNoChange,
        Integer missedDaysHalveThreshold,
        Integer missedDaysPrescriberReviewThreshold,
        Integer missedDaysReinductionThreshold,
        // §7.5 pre-dose checks
        Boolean preDoseAssessmentRequired,
        BreathAlcoholTest breathAlcoholTest,
        BigDecimal bacHalveThresholdPermille,
        BigDecimal bacWithholdThresholdPermille,
        Integer sedationScoreWithholdAt,
        Integer minRespRatePreDose,
        Integer minSpo2PreDose,
        Boolean pupilsPinpointWithhold,
        Boolean coUseReduceOrRefuse,
        // §7.6 administration and post-dose
        Set<Route> allowedRoutes,
        Boolean supervisionRequired,
        Integer postDoseObsMinutes,
        Integer postDoseObsMinutesAfterChange,
        BigDecimal naloxoneInitialMg,
        Integer dischargeRequiresObsCount) {

    public DosingParameters {
        requireActivePrescription = fixed(requireActivePrescription, true, "requireActivePrescription");
        prescriberHomeOfficeLicenceRequired =
                fixed(prescriberHomeOfficeLicenceRequired, true, "prescriberHomeOfficeLicenceRequired");
        allowNonMedicalPrescriberDiamorphine = or(allowNonMedicalPrescriberDiamorphine, false);
        nurseMayReduceOnly = fixed(nurseMayReduceOnly, true, "nurseMayReduceOnly");
        takeHomeInjectableAllowed = fixed(takeHomeInjectableAllowed, false, "takeHomeInjectableAllowed");

        maxDosesPerDay = range(maxDosesPerDay, 2, 1, 3, "maxDosesPerDay");
        minMinutesBetweenTopups = range(minMinutesBetweenTopups, 30, 1, 180, "minMinutesBetweenTopups");
        minMinutesBetweenSessions =
                range(minMinutesBetweenSessions, 180, minMinutesBetweenTopups, 720, "minMinutesBetweenSessions");

        maxDailyInjectableMg = range(maxDailyInjectableMg, 900, 1, 1000, "maxDailyInjectableMg");
        maxSingleDoseMg = range(maxSingleDoseMg, 450, 1, Math.min(500, maxDailyInjectableMg), "maxSingleDoseMg");
        inductionDay1DoseMaxMg = range(inductionDay1DoseMaxMg, 30, 1, maxSingleDoseMg, "inductionDay1DoseMaxMg");
        inductionFirstDoseMaxMg =
                range(inductionFirstDoseMaxMg, 15, 1, inductionDay1DoseMaxMg, "inductionFirstDoseMaxMg");
        maxSingleDoseIncreasePct = range(maxSingleDoseIncreasePct, 50, 0, 100, "maxSingleDoseIncreasePct");
        nextDaySingleDoseCapPctOfPrevTotal =
                range(nextDaySingleDoseCapPctOfPrevTotal, 50, 1, 100, "nextDaySingleDoseCapPctOfPrevTotal");
        dailyDoseAdvisoryMg = range(dailyDoseAdvisoryMg, 600, 1, maxDailyInjectableMg, "dailyDoseAdvisoryMg");
        maxDailyOralMethadoneMg = range(maxDailyOralMethadoneMg, 150, 0, 150, "maxDailyOralMethadoneMg");
        showCombinedOpioidLoad = or(showCombinedOpioidLoad, true);
        doseSaltBasis = doseSaltBasis == null ? "diamorphine hydrochloride" : doseSaltBasis;
        if (doseSaltBasis.isBlank()) {
            throw new IllegalArgumentException("doseSaltBasis is required: every dose must name its salt basis");
        }

        missedDaysCounter = or(missedDaysCounter, true);
        missedDaysReinductionThreshold =
                range(missedDaysReinductionThreshold, 5, 3, 14, "missedDaysReinductionThreshold");
        missedDaysPrescriberReviewThreshold = range(missedDaysPrescriberReviewThreshold, 4, 2,
                missedDaysReinductionThreshold - 1, "missedDaysPrescriberReviewThreshold");
        missedDaysHalveThreshold = range(missedDaysHalveThreshold, 3, 1,
                missedDaysPrescriberReviewThreshold - 1, "missedDaysHalveThreshold");
        missedSessionsNoChange =
                range(missedSessionsNoChange, 2, 0, missedDaysHalveThreshold - 1, "missedSessionsNoChange");

        preDoseAssessmentRequired = fixed(preDoseAssessmentRequired, true, "preDoseAssessmentRequired");
        breathAlcoholTest = breathAlcoholTest == null ? BreathAlcoholTest.EVERY_SESSION : breathAlcoholTest;
        bacHalveThresholdPermille = permille(bacHalveThresholdPermille, "1.0", BigDecimal.ZERO, "bacHalveThresholdPermille");
        bacWithholdThresholdPermille =
                permille(bacWithholdThresholdPermille, "2.0", bacHalveThresholdPermille, "bacWithholdThresholdPermille");
        sedationScoreWithholdAt = range(sedationScoreWithholdAt, 2, 1, 3, "sedationScoreWithholdAt");
        minRespRatePreDose = range(minRespRatePreDose, 10, 1, 30, "minRespRatePreDose");
        minSpo2PreDose = range(minSpo2PreDose, 92, 50, 100, "minSpo2PreDose");
        pupilsPinpointWithhold = or(pupilsPinpointWithhold, true);
        coUseReduceOrRefuse = or(coUseReduceOrRefuse, true);

        allowedRoutes = allowedRoutes == null ? EnumSet.allOf(Route.class) : Set.copyOf(allowedRoutes);
        if (allowedRoutes.isEmpty()) {
            throw new IllegalArgumentException("allowedRoutes cannot be empty");
        }
        supervisionRequired = fixed(supervisionRequired, true, "supervisionRequired");
        postDoseObsMinutes = range(postDoseObsMinutes, 20, 10, 120, "postDoseObsMinutes");
        postDoseObsMinutesAfterChange =
                range(postDoseObsMinutesAfterChange, 30, postDoseObsMinutes, 240, "postDoseObsMinutesAfterChange");
        naloxoneInitialMg = naloxoneInitialMg == null ? new BigDecimal("0.4") : naloxoneInitialMg;
        if (naloxoneInitialMg.signum() <= 0 || naloxoneInitialMg.compareTo(BigDecimal.valueOf(2)) > 0) {
            throw new IllegalArgumentException("naloxoneInitialMg must be above 0 and at most 2 mg");
        }
        dischargeRequiresObsCount = range(dischargeRequiresObsCount, 2, 1, 10, "dischargeRequiresObsCount");
    }

    /** All documented defaults. */
    public static DosingParameters defaults() {
        return new DosingParameters(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    private static Boolean or(Boolean value, boolean fallback) {
        return value == null ? fallback : value;
    }

    private static Boolean fixed(Boolean value, boolean lawful, String name) {
        if (value != null && value != lawful) {
            throw new IllegalArgumentException(name + " must be " + lawful
                    + ": it is a legal requirement and the dose check has no other path");
        }
        return lawful;
    }

    private static Integer range(Integer value, int fallback, int min, int max, String name) {
        int checked = value == null ? fallback : value;
        if (checked < min || checked > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + checked);
        }
        return checked;
    }

    private static BigDecimal permille(BigDecimal value, String fallback, BigDecimal above, String name) {
        BigDecimal checked = value == null ? new BigDecimal(fallback) : value;
        if (checked.compareTo(above) <= 0 || checked.compareTo(BigDecimal.valueOf(5)) > 0) {
            throw new IllegalArgumentException(name + " must be above " + above + " and at most 5 ‰, was " + checked);
        }
        return checked;
    }
}
