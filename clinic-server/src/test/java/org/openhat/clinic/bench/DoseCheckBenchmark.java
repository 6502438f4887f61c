package org.openhat.clinic.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openhat.clinic.core.dosing.Administration;
import org.openhat.clinic.core.dosing.DoseCheckOutcome;
import org.openhat.clinic.core.dosing.DoseHistory;
import org.openhat.clinic.core.dosing.DoseSafetyCheck;
import org.openhat.clinic.core.dosing.DosingParameters;
import org.openhat.clinic.core.dosing.HomeOfficeLicence;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.PatientSnapshot;
import org.openhat.clinic.core.dosing.PreDoseAssessment;
import org.openhat.clinic.core.dosing.Prescriber;
import org.openhat.clinic.core.dosing.PrescriptionVersion;
import org.openhat.clinic.core.dosing.ProposedDose;
import org.openhat.clinic.core.dosing.Pupils;
import org.openhat.clinic.core.dosing.Route;
import org.openhat.clinic.core.dosing.Verdict;
import org.openhat.clinic.core.patients.PatientStatus;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One dose check for a twice-daily patient with a year of history (730 administrations), about to
 * have the PM dose. The snapshot is built once, as the server would build it per request; the
 * benchmark measures {@link DoseSafetyCheck#evaluate} only. See docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DoseCheckBenchmark {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private DoseSafetyCheck check;
    private PatientSnapshot snapshot;
    private ProposedDose proposed;
    private PreDoseAssessment assessment;
    private Instant at;

    @Setup
    public void setUp() {
        LocalDate today = LocalDate.parse("2026-11-20");
        List<Administration> history = new ArrayList<>();
        for (LocalDate day = today.minusDays(365); day.isBefore(today); day = day.plusDays(1)) {
            history.add(dose(day, "09:10", "AM"));
            history.add(dose(day, "15:40", "PM"));
        }
        history.add(dose(today, "09:05", "AM"));
        Prescriber prescriber = new Prescriber("DR1", "Dr Lee", true,
                new HomeOfficeLicence("HO-1", "P1", today.plusYears(1)));
        PrescriptionVersion prescription = new PrescriptionVersion("RX1", 7, "PAT1", prescriber, "DIAM-100",
                EnumSet.of(Route.IV, Route.IM), Map.of("AM", Milligrams.of(200), "PM", Milligrams.of(200)), 2,
                today.minusDays(400), null, Milligrams.of(40), false, false);
        snapshot = new PatientSnapshot("PAT1", PatientStatus.ACTIVE, "P1", List.of(prescription),
                DoseHistory.of(history), true, null, ClinicCalendar.defaults());
        proposed = new ProposedDose(Milligrams.of(200), "DIAM-100", Route.IV, "PM", false);
        assessment = new PreDoseAssessment(0, BigDecimal.ZERO, 16, 97, Pupils.NORMAL, false, "", false);
        at = LocalDateTime.of(today, java.time.LocalTime.parse("15:30")).atZone(LONDON).toInstant();
        check = new DoseSafetyCheck(DosingParameters.defaults());
        DoseCheckOutcome outcome = check.evaluate(snapshot, proposed, assessment, at);
        if (outcome.verdict() != Verdict.ALLOW) {
            throw new IllegalStateException("benchmark scenario should be allowed: " + outcome);
        }
    }

    private static Administration dose(LocalDate day, String time, String session) {
        Instant when = LocalDateTime.of(day, java.time.LocalTime.parse(time)).atZone(LONDON).toInstant();
        return new Administration(when, Milligrams.of(200), session, "DIAM-100");
    }

    @Benchmark
    public DoseCheckOutcome evaluateOneDoseWithAYearOfHistory() {
        return check.evaluate(snapshot, proposed, assessment, at);
    }
}
