package org.openhat.clinic.core.dosing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.core.schedule.SessionSlot;

/**
 * The facts about one proposed dose that several rules need, worked out once per check. Only the
 * last few days of history are touched (binary search), so the cost does not grow with history.
 * The "day" is always the clinic date in the clinic's time zone.
 */
public final class DoseContext {

    private final PatientSnapshot snapshot;
    private final ProposedDose proposed;
    private final PreDoseAssessment assessment;
    private final Instant at;
    private final DosingParameters parameters;
    private final LocalDate clinicDate;
    private final Optional<SessionSlot> slot;
    private final PrescriptionVersion prescription;
    private final DoseDay today;
    private final DoseDay yesterday;
    private final Administration lastBeforeToday;
    private final Milligrams previousSessionTotal;
    // asked by several rules on every check: worked out once here
    private final int missedDaysBeforeToday;
    private final boolean inductionDay;
    private final Milligrams givenThisSession;
    // the proposed dose until the verdict is known; then the most that may be given (zero when blocked)
    private final Milligrams mayBeGiven;

    private DoseContext(PatientSnapshot snapshot, ProposedDose proposed, PreDoseAssessment assessment, Instant at,
            DosingParameters parameters) {
        this.snapshot = snapshot;
        this.proposed = proposed;
        this.assessment = assessment;
        this.at = at;
        this.parameters = parameters;
        ClinicCalendar calendar = snapshot.calendar();
        this.clinicDate = calendar.clinicDate(at);
        this.slot = calendar.sessionAt(at);
        this.prescription = prescriptionInForce(snapshot, clinicDate);
        DoseHistory history = snapshot.history();
        Instant startOfToday = calendar.startOf(clinicDate);
        Instant startOfYesterday = calendar.startOf(clinicDate.minusDays(1));
        this.today = new DoseDay(history.between(startOfToday, calendar.startOf(clinicDate.plusDays(1))));
        this.yesterday = new DoseDay(history.between(startOfYesterday, startOfToday));
        this.lastBeforeToday = history.lastBefore(startOfToday).orElse(null);
        this.previousSessionTotal = previousSessionTotal(history.all(), calendar, clinicDate, proposed.session());
        this.missedDaysBeforeToday = lastBeforeToday == null ? 0 : daysBetween(lastBeforeToday.at(), clinicDate) - 1;
        this.inductionDay = lastBeforeToday == null
                || missedDaysBeforeToday >= parameters.missedDaysReinductionThreshold();
        this.givenThisSession = today.totalIn(proposed.session());
        this.mayBeGiven = proposed.dose();
    }

    private DoseContext(DoseContext judged, Milligrams mayBeGiven) {
        this.snapshot = judged.snapshot;
        this.proposed = judged.proposed;
        this.assessment = judged.assessment;
        this.at = judged.at;
        this.parameters = judged.parameters;
        this.clinicDate = judged.clinicDate;
        this.slot = judged.slot;
        this.prescription = judged.prescription;
        this.today = judged.today;
        this.yesterday = judged.yesterday;
        this.lastBeforeToday = judged.lastBeforeToday;
        this.previousSessionTotal = judged.previousSessionTotal;
        this.missedDaysBeforeToday = judged.missedDaysBeforeToday;
        this.inductionDay = judged.inductionDay;
        this.givenThisSession = judged.givenThisSession;
        this.mayBeGiven = mayBeGiven;
    }

    /**
     * This context once the verdict is known: the same facts, with the most the nurse may give
     * now (zero when the dose is blocked), for the rules that describe the dose that will be given.
     */
    public DoseContext once(Milligrams mayBeGiven) {
        return new DoseContext(this, mayBeGiven);
    }

    /** Call only with a snapshot that {@link SnapshotCheck} has passed. */
    public static DoseContext of(PatientSnapshot snapshot, ProposedDose proposed, PreDoseAssessment assessment,
            Instant at, DosingParameters parameters) {
        return new DoseContext(snapshot, proposed, assessment, at, parameters);
    }

    public PatientSnapshot snapshot() {
        return snapshot;
    }

    public ProposedDose proposed() {
        return proposed;
    }

    public Milligrams proposedDose() {
        return proposed.dose();
    }

    /**
     * The dose the nurse may actually give: the proposed dose until the verdict is known, then the
     * capped dose when a rule reduced it, and zero when nothing may be given.
     */
    public Milligrams mayBeGiven() {
        return mayBeGiven;
    }

    /** The verdict allows less than was proposed, or nothing at all. */
    public boolean lessThanProposedMayBeGiven() {
        return proposed.dose().isGreaterThan(mayBeGiven);
    }

    public PreDoseAssessment assessment() {
        return assessment;
    }

    public Instant at() {
        return at;
    }

    public DosingParameters parameters() {
        return parameters;
    }

    public LocalDate clinicDate() {
        return clinicDate;
    }

    /** The session {@code at} falls in, if any. */
    public Optional<SessionSlot> slot() {
        return slot;
    }

    /** The newest prescription version in force on the clinic date, or null when none is. */
    public PrescriptionVersion prescription() {
        return prescription;
    }

    public DoseDay today() {
        return today;
    }

    public DoseDay yesterday() {
        return yesterday;
    }

    /** Already given in the session the nurse selected, today. */
    public Milligrams givenThisSession() {
        return givenThisSession;
    }

    public Optional<Administration> lastDose() {
        return snapshot.history().last();
    }

    /**
     * Whole clinic days with no dose between the last dose before today and today; zero when the
     * patient was dosed yesterday or has never been dosed. Counted on the calendar, not on opening
     * days: tolerance is lost whether or not the clinic was open.
     */
    public int missedDaysBeforeToday() {
        return missedDaysBeforeToday;
    }

    /**
     * Day 1 of (re-)induction: no dose before today in the history, or the last one was so long ago
     * that tolerance must be rebuilt from the induction caps.
     */
    public boolean isInductionDay() {
        return inductionDay;
    }

    /** Yesterday was day 1 of (re-)induction; needs the last dose before yesterday. */
    public boolean wasInductionYesterday() {
        if (yesterday.isEmpty()) {
            return false;
        }
        Instant startOfYesterday = snapshot.calendar().startOf(clinicDate.minusDays(1));
        Optional<Administration> before = snapshot.history().lastBefore(startOfYesterday);
        return before.isEmpty() || daysBetween(before.get().at(), clinicDate.minusDays(1)) - 1
                >= parameters.missedDaysReinductionThreshold();
    }

    /** Total of the most recent dosed session other than the one being dosed now; zero if none. */
    public Milligrams previousSessionTotal() {
        return previousSessionTotal;
    }

    private int daysBetween(Instant earlier, LocalDate later) {
        return (int) ChronoUnit.DAYS.between(snapshot.calendar().clinicDate(earlier), later);
    }

    private static PrescriptionVersion prescriptionInForce(PatientSnapshot snapshot, LocalDate date) {
        return snapshot.prescriptions().stream()
                .filter(p -> p.inForceOn(date) && p.patientId().equals(snapshot.patientId()))
                .max(Comparator.comparingInt(PrescriptionVersion::version))
                .orElse(null);
    }

    private static Milligrams previousSessionTotal(List<Administration> all, ClinicCalendar calendar,
            LocalDate today, String currentSession) {
        int index = all.size() - 1;
        // skip portions already given in the session being dosed now
        while (index >= 0 && isSession(all.get(index), calendar, today, currentSession)) {
            index--;
        }
        if (index < 0) {
            return Milligrams.ZERO;
        }
        Administration last = all.get(index);
        LocalDate date = calendar.clinicDate(last.at());
        Milligrams total = Milligrams.ZERO;
        while (index >= 0 && isSession(all.get(index), calendar, date, last.session())) {
            total = total.plus(all.get(index).dose());
            index--;
        }
        return total;
    }

    private static boolean isSession(Administration administration, ClinicCalendar calendar, LocalDate date,
            String session) {
        return administration.session().equals(session) && calendar.clinicDate(administration.at()).equals(date);
    }
}
