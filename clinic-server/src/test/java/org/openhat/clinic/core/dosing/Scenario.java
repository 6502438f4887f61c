package org.openhat.clinic.core.dosing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openhat.clinic.core.patients.PatientStatus;
import org.openhat.clinic.core.schedule.ClinicCalendar;

/**
 * A stable twice-daily patient (200 mg AM + 200 mg PM, dosed yesterday) about to be dosed at 09:00
 * on 10 June 2026; each test changes only what it is about.
 */
public final class Scenario {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final String PRODUCT = "DIAM-100";
    public static final String PREMISES = "P1";
    public static final String PATIENT = "PAT1";

    public String patientId = PATIENT;
    public PatientStatus status = PatientStatus.ACTIVE;
    public String premises = PREMISES;
    public Prescriber prescriber = new Prescriber("DR1", "Dr Lee", true,
            new HomeOfficeLicence("HO-1", PREMISES, LocalDate.parse("2027-12-31")));
    public Map<String, Milligrams> dosePerSession = new HashMap<>(Map.of("AM", mg(200), "PM", mg(200)));
    public int sessionsPerDay = 2;
    public EnumSet<Route> prescribedRoutes = EnumSet.allOf(Route.class);
    public LocalDate startDate = LocalDate.parse("2026-01-01");
    public LocalDate endDate;
    public Milligrams oralMethadone;
    public boolean inTitration;
    public boolean doseChanged;
    public List<PrescriptionVersion> prescriptions;
    public List<Administration> history = new ArrayList<>(List.of(
            new Administration(at("2026-06-09T09:00"), mg(200), "AM", PRODUCT),
            new Administration(at("2026-06-09T15:30"), mg(200), "PM", PRODUCT)));
    public Boolean everDosed;
    public Instant review;
    public ClinicCalendar calendar = ClinicCalendar.defaults();

    public Milligrams dose = mg(200);
    public String product = PRODUCT;
    public Route route = Route.IV;
    public String session = "AM";
    public boolean topUp;

    public Integer sedation = 0;
    public BigDecimal alcohol = new BigDecimal("0.00");
    public Integer respiratoryRate = 16;
    public Integer spo2 = 98;
    public Pupils pupils = Pupils.NORMAL;
    public boolean drowsy;
    public String concerns = "";
    public boolean coUse;

    public DosingParameters parameters = DosingParameters.defaults();
    public Instant at = at("2026-06-10T09:00");

    public static Milligrams mg(long milligrams) {
        return Milligrams.of(milligrams);
    }

    public static Instant at(String londonLocalDateTime) {
        return LocalDateTime.parse(londonLocalDateTime).atZone(LONDON).toInstant();
    }

    public static Scenario stablePatient() {
        return new Scenario();
    }

    /** A patient never dosed before, prescribed a titration regime. */
    public static Scenario newPatient() {
        Scenario s = new Scenario();
        s.history.clear();
        s.inTitration = true;
        s.dose = mg(15);
        return s;
    }

    public Scenario at(String londonLocalDateTime, String session) {
        this.at = at(londonLocalDateTime);
        this.session = session;
        return this;
    }

    public Scenario given(String londonLocalDateTime, long milligrams, String session) {
        history.add(new Administration(at(londonLocalDateTime), mg(milligrams), session, PRODUCT));
        return this;
    }

    public Scenario propose(long milligrams) {
        this.dose = mg(milligrams);
        return this;
    }

    public PrescriptionVersion prescription() {
        return new PrescriptionVersion("RX1", 1, PATIENT, prescriber, PRODUCT, prescribedRoutes, dosePerSession,
                sessionsPerDay, startDate, endDate, oralMethadone, inTitration, doseChanged);
    }

    public PatientSnapshot snapshot() {
        return new PatientSnapshot(patientId, status, premises,
                prescriptions != null ? prescriptions : List.of(prescription()), DoseHistory.of(history),
                everDosed != null ? everDosed : !history.isEmpty(), review, calendar);
    }

    public ProposedDose proposed() {
        return new ProposedDose(dose, product, route, session, topUp);
    }

    public PreDoseAssessment assessment() {
        return new PreDoseAssessment(sedation, alcohol, respiratoryRate, spo2, pupils, drowsy, concerns, coUse);
    }

    public DoseContext context() {
        return DoseContext.of(snapshot(), proposed(), assessment(), at, parameters);
    }

    public DoseCheckOutcome evaluate() {
        return new DoseSafetyCheck(parameters).evaluate(snapshot(), proposed(), assessment(), at);
    }

    /** Runs one rule alone, the way the engine would. */
    public Optional<Finding> check(Rule rule) {
        return rule.check(context());
    }
}
