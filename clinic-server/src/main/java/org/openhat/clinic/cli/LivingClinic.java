package org.openhat.clinic.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.openhat.clinic.core.dosing.DosingParameters;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Route;
import org.openhat.clinic.core.patients.PatientStatus;
import org.openhat.clinic.core.prescriptions.NewPrescription;
import org.openhat.clinic.core.prescriptions.Prescription;
import org.openhat.clinic.core.products.Product;
import org.openhat.clinic.core.register.Receipt;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.core.schedule.SessionSlot;
import org.openhat.clinic.core.staff.SecretHasher;
import org.openhat.clinic.core.stations.KioskStation;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.dispensing.DoseRegisterLines;
import org.openhat.clinic.service.patients.PatientService;
import org.openhat.clinic.service.prescriptions.PrescriptionService;
import org.openhat.clinic.service.products.ProductService;
import org.openhat.clinic.service.register.RegisterService;
import org.openhat.clinic.service.staff.StaffService;
import org.openhat.clinic.service.stations.StationService;

/**
 * The demo clinic as a newcomer should first meet it: {@link DemoClinic}'s staff, kiosks and
 * patients with {@value DemoCast#HISTORY_DAYS} days of twice-daily sessions behind them, up to the
 * moment the demo starts, with patients in every state a real clinic has ({@link PatientStory}).
 * The past is written by the clinic's own services and DAOs on a {@link SeedClock} moved through
 * it, so the register's chain, balances, receipts and waste lines are real, and every session that
 * has closed has a dose or an outcome: the missed-sessions job finds nothing to mark. The same
 * {@code now} gives the same clinic.
 */
public final class LivingClinic {
    private static final LocalTime DELIVERY = LocalTime.of(7, 0);
    private static final LocalTime PRESCRIBING = LocalTime.of(7, 30);
    private static final LocalTime SUSPENDING = LocalTime.of(12, 0);

    private final Transactor transactor;
    private final ClinicCalendar calendar;
    private final String premises;
    private final Instant now;
    private final LocalDate today;
    private final SeedClock clock;
    private final Function<String, Optional<Path>> safeLogs;
    private final Enrolments enrolments = new Enrolments();

    private LivingClinic(Transactor transactor, ClinicCalendar calendar, String premises, Instant now,
                         Function<String, Optional<Path>> safeLogs) {
        this.transactor = transactor;
        this.safeLogs = safeLogs;
        this.calendar = calendar;
        this.premises = premises;
        this.now = now;
        this.today = calendar.clinicDate(now);
        LocalDate opening = today.minusDays(DemoCast.HISTORY_DAYS + 1);
        this.clock = new SeedClock(at(opening, LocalTime.of(9, 0)), now);
    }

    /** What was written: patients, doses given, sessions withheld or missed, and the dates covered. */
    public record Summary(int patients, int doses, int outcomes, LocalDate from, LocalDate to) {
    }

    /**
     * Fills an empty database with the demo clinic as it stands at {@code clock}'s instant.
     * {@code safeLogs} names the event log of each kiosk's simulated safe (nothing for a real
     * one): the seed starts it with the openings the invented doses came out of.
     */
    public static Summary seed(Transactor transactor, Clock clock, ClinicCalendar calendar, String premises,
                               Function<String, Optional<Path>> safeLogs) {
        return new LivingClinic(transactor, calendar, premises, clock.instant(), safeLogs).seed();
    }

    private Summary seed() {
        DemoClinic.seedPremises(transactor, clock, premises);
        DemoTeam team = DemoTeam.of(new StaffService(transactor, new SecretHasher(), clock),
                new StationService(transactor, clock));
        RegisterService register = new RegisterService(transactor, clock, premises);
        List<Product> products = new ProductService(transactor, clock).all();
        Product ampoule100 = products.get(0);
        receiveStrongAmpoules(register, products.get(1), team);
        HistoricSafeOpenings openings = HistoricSafeOpenings.start(
                team.kiosks().stream().map(KioskStation::code).toList(), safeLogs, team.badges(), now);
        DemoStock stock = new DemoStock(transactor, register, openings, ampoule100.id(), team);
        HistoricDoses history = new HistoricDoses(transactor, clock, new DoseRegisterLines(register), stock, openings,
                team, ampoule100.id(), ampoule100.mgPerAmpoule());
        PatientService patients = new PatientService(transactor, clock);
        PrescriptionService prescriptions = new PrescriptionService(transactor, DosingParameters.defaults(), calendar,
                premises, clock);
        List<SessionSlot> slots = openedSlots();
        SessionSlot latest = slots.get(slots.size() - 1);
        int doses = 0;
        int outcomes = 0;
        int turn = 0;
        for (LocalDate date = today.minusDays(DemoCast.HISTORY_DAYS); !date.isAfter(today); date = date.plusDays(1)) {
            if (!at(date, DELIVERY).isAfter(now)) {
                clock.set(at(date, DELIVERY));
                stock.deliverIfDue(date, today, clock.instant());
            }
            enrolAndPrescribe(date, patients, prescriptions, ampoule100.id(), team);
            for (SessionSlot slot : slots) {
                if (!slot.date().equals(date)) {
                    continue;
                }
                suspendIfDue(slot, patients, team);
                List<Visit> visits = visits(slot, slot.equals(latest));
                history.write(slot, visits, enrolments, turn++, now);
                doses += (int) visits.stream().filter(v -> v instanceof Visit.Dose).count();
                outcomes += (int) visits.stream().filter(v -> !(v instanceof Visit.Dose)).count();
            }
        }
        return new Summary(DemoClinic.patients().size(), doses, outcomes, today.minusDays(DemoCast.HISTORY_DAYS), today);
    }

    /** Every session of the history that has opened by now, in order. */
    private List<SessionSlot> openedSlots() {
        List<SessionSlot> slots = new ArrayList<>();
        for (LocalDate date = today.minusDays(DemoCast.HISTORY_DAYS); !date.isAfter(today); date = date.plusDays(1)) {
            calendar.slotsOn(date).stream().filter(s -> !s.opensAt().isAfter(now)).forEach(slots::add);
        }
        return slots;
    }

    private List<Visit> visits(SessionSlot slot, boolean latest) {
        List<Visit> visits = new ArrayList<>();
        for (int patient = 0; patient < DemoClinic.patients().size(); patient++) {
            Attendance.in(patient, slot, latest, today, now).ifPresent(visits::add);
        }
        return visits;
    }

    /** Referral on the first day (before the morning session) and, in titration, a new version each morning. */
    private void enrolAndPrescribe(LocalDate date, PatientService patients, PrescriptionService prescriptions,
                                   long productId, DemoTeam team) {
        if (at(date, PRESCRIBING).isAfter(now)) {
            return;
        }
        List<DemoClinic.DemoPatient> demo = DemoClinic.patients();
        for (int i = 0; i < demo.size(); i++) {
            if (!DemoCast.newPrescriptionOn(i, date, today)) {
                continue;
            }
            clock.set(at(date, PRESCRIBING));
            long patientId = enrolments.has(i) ? enrolments.of(i).patientId()
                    : patients.create(demo.get(i).referral(), team.admin()).id();
            Milligrams am = DemoCast.dose(i, date, "AM", today);
            Milligrams pm = DemoCast.dose(i, date, "PM", today);
            boolean titrating = DemoCast.inTitration(i);
            Prescription rx = prescriptions.prescribe(new NewPrescription(patientId, productId, Set.of(Route.IV, Route.IM),
                    Map.of("AM", am, "PM", pm), 2, date, null, i % 3 == 0 ? Milligrams.of(30) : null, titrating, null,
                    titrating ? "Titration: day " + (date.toEpochDay() - DemoCast.firstDay(i, today).toEpochDay() + 1)
                            : "Maintenance prescription"), team.doctor()).prescription();
            enrolments.put(i, new Enrolments.Enrolment(patientId, rx.id(), rx.prescriberId()));
        }
    }

    private void suspendIfDue(SessionSlot slot, PatientService patients, DemoTeam team) {
        if (!slot.date().equals(Attendance.suspensionDay(today)) || slot.name().equals("AM")) {
            return;
        }
        for (int i = 0; i < DemoClinic.patients().size(); i++) {
            if (DemoCast.story(i) == PatientStory.SUSPENDED) {
                clock.set(at(slot.date(), SUSPENDING));
                patients.changeStatus(enrolments.of(i).patientId(), PatientStatus.SUSPENDED,
                        "Threatened a member of staff; review meeting booked with the recovery co-ordinator",
                        team.admin());
            }
        }
    }

    /** The 500 mg ledger's single delivery when the clinic opened; no demo dose needs it. */
    private void receiveStrongAmpoules(RegisterService register, Product ampoule500, DemoTeam team) {
        long ledger = transactor.read(tx -> register.ledgerForProduct(tx, ampoule500.id())).id();
        LocalDate opened = calendar.clinicDate(clock.instant());
        register.record(ledger, new Receipt(clock.instant(), "Alliance Healthcare (Distribution) Ltd",
                "Unit 2, Teesside Industrial Estate, Stockton-on-Tees TS17 9JX", 50, "INV-OPENING-500",
                DemoClinic.BATCH_500, opened.plusMonths(18), team.nurse(0), null, null), team.pharmacist());
    }

    private Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(calendar.zone()).toInstant();
    }

    /** For the console and the README: who lives which story. */
    public static List<String> stories() {
        List<String> lines = new ArrayList<>();
        List<DemoClinic.DemoPatient> demo = DemoClinic.patients();
        for (int i = 0; i < demo.size(); i++) {
            PatientStory story = DemoCast.story(i);
            if (story != PatientStory.STABLE) {
                lines.add(demo.get(i).name() + ": " + story.description());
            }
        }
        return lines;
    }
}
