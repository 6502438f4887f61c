package org.openhat.clinic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.core.dispensing.CheckedThisSession;
import org.openhat.clinic.core.dispensing.DosingListEntry;
import org.openhat.clinic.core.dosing.DoseCheckOutcome;
import org.openhat.clinic.core.dosing.DoseSafetyCheck;
import org.openhat.clinic.core.dosing.DosingParameters;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.PreDoseAssessment;
import org.openhat.clinic.core.dosing.ProposedDose;
import org.openhat.clinic.core.dosing.Pupils;
import org.openhat.clinic.core.dosing.Route;
import org.openhat.clinic.core.dosing.RuleId;
import org.openhat.clinic.core.dosing.Verdict;
import org.openhat.clinic.core.register.EntryKind;
import org.openhat.clinic.core.register.LedgerSummary;
import org.openhat.clinic.core.register.RegisterEntry;
import org.openhat.clinic.core.register.VerifyResult;
import org.openhat.clinic.core.register.safe.ReconciliationReport;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.db.RegisterDao;
import org.openhat.clinic.service.dispensing.DoseCheckService;
import org.openhat.clinic.service.dispensing.DosingListService;
import org.openhat.clinic.service.dispensing.SessionOutcomes;
import org.openhat.clinic.service.dispensing.SnapshotReader;
import org.openhat.clinic.service.register.RegisterService;
import org.openhat.clinic.service.register.RegisterVerifier;
import org.openhat.clinic.service.register.safe.ReconciliationService;
import org.openhat.clinic.testing.TestDatabase;

/**
 * The demo clinic a newcomer meets: seeded into a real SQLite file at a fixed moment (five past
 * eight on a December morning, the AM session just open), then checked the way an inspector, the
 * missed-sessions job and the kiosk's dose check would see it.
 */
class LivingClinicTest {
    /** 08:05 in London (GMT in December): the AM session opened five minutes ago. */
    static final Instant MORNING = Instant.parse("2026-12-08T08:05:00Z");
    static final ClinicCalendar CALENDAR = ClinicCalendar.defaults();

    static final Clock CLOCK = Clock.fixed(MORNING, ZoneOffset.UTC);

    /** Seeded once: every test only reads, or runs a job that must find nothing to write. */
    @TempDir
    static Path dir;
    static TestDatabase db;
    static LivingClinic.Summary summary;

    @BeforeAll
    static void seed() {
        db = TestDatabase.sqlite(dir);
        summary = LivingClinic.seed(db.transactor(), CLOCK, CALENDAR, "MAIN", LivingClinicTest::safeLog);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void writesNinetyDaysOfDosesThatTheRegisterVerifies() {
        assertThat(summary.doses()).isGreaterThan(2000);
        assertThat(summary.from()).isEqualTo(LocalDate.of(2026, 9, 9));
        List<VerifyResult> results = new RegisterVerifier(db.transactor(), (String) null).verifyAll();
        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r.intact()).as(r.problem()).isTrue());
        long administrations = db.jdbi().withHandle(h ->
                h.createQuery("SELECT COUNT(*) FROM administration").mapTo(Long.class).one());
        assertThat(administrations).isEqualTo(summary.doses());
    }

    @Test
    void everyDoseHasItsAdministrationLineAndTheWasteOfItsLastAmpoule() {
        List<RegisterEntry> entries = ampouleLedger();
        Map<Long, RegisterEntry> wasteByAdministration = entries.stream().filter(e -> e.kind() == EntryKind.WASTE)
                .collect(Collectors.toMap(e -> Long.parseLong(e.field("administration_seq")), e -> e));
        List<RegisterEntry> given = entries.stream().filter(e -> e.kind() == EntryKind.ADMINISTRATION).toList();
        assertThat(given).hasSize(summary.doses());
        for (RegisterEntry dose : given) {
            long left = -dose.ampoules() * 100 - Long.parseLong(dose.field("dose_mg"));
            if (left > 0) {
                assertThat(wasteByAdministration.get(dose.seq())).as("waste of dose %d", dose.seq()).isNotNull()
                        .satisfies(w -> assertThat(Long.parseLong(w.field("waste_mg"))).isEqualTo(left));
            } else {
                assertThat(wasteByAdministration).doesNotContainKey(dose.seq());
            }
        }
    }

    @Test
    void receiptsCoverEveryDoseAndNoBalanceEverFallsBelowZero() {
        List<RegisterEntry> entries = ampouleLedger();
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.balance()).isNotNegative();
            if (e.batchBalance() != null) {
                assertThat(e.batchBalance()).isNotNegative();
            }
        });
        long received = entries.stream().filter(e -> e.kind() == EntryKind.RECEIPT).mapToLong(RegisterEntry::ampoules).sum();
        long opened = -entries.stream().filter(e -> e.kind() == EntryKind.ADMINISTRATION).mapToLong(RegisterEntry::ampoules).sum();
        assertThat(entries.get(entries.size() - 1).balance()).isEqualTo(received - opened);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.RECEIPT);
            assertThat(e.batch()).isEqualTo(DemoClinic.BATCH_100);
        });
    }

    @Test
    void theMissedSessionsJobFindsNothingToMarkAtFirstStart() {
        assertThat(new SessionOutcomes(db.transactor(), CALENDAR, CLOCK).closeEndedSessions()).isZero();
        // and not later that morning either: the AM session's patients are due, not missed, until it closes
        Clock later = Clock.fixed(MORNING.plusSeconds(3600), ZoneOffset.UTC);
        assertThat(new SessionOutcomes(db.transactor(), CALENDAR, later).closeEndedSessions()).isZero();
    }

    @Test
    void theDosingListHasEveryStateARealClinicHas() {
        Map<String, DosingListEntry> am = dosingList("AM");
        assertThat(am.get("Daniel Hughes").state()).as("stable, due this morning").isEqualTo("DUE");
        assertThat(am.get("Daniel Hughes").consecutiveMissedDays()).isZero();
        assertThat(am.get("Karen Walsh").prescribed()).as("in titration, today's step").isEqualTo(Milligrams.of(200));
        assertThat(am.get("Michael O'Neill").consecutiveMissedDays()).as("back after missed days").isEqualTo(3);
        assertThat(am).as("suspended: on no dosing list").doesNotContainKey("Lisa Bennett");
        assertThat(am.get("Craig Robson").state()).as("withheld for alcohol").isEqualTo("WITHHELD");
        assertThat(am.get("Craig Robson").note()).contains("alcohol");
        assertThat(am.get("Joanne Pearson").state()).as("in observation now").isEqualTo("IN_OBSERVATION");
        assertThat(am.values()).filteredOn(e -> !e.name().equals("Michael O'Neill"))
                .allSatisfy(e -> assertThat(e.consecutiveMissedDays()).as(e.name()).isZero());
        Map<String, DosingListEntry> yesterdayPm = dosingList(LocalDate.of(2026, 12, 7), "PM");
        assertThat(yesterdayPm.get("Daniel Hughes").state()).isEqualTo("DISCHARGED");
    }

    @Test
    void aStablePatientsFirstDoseCheckIsNotCappedForInduction() {
        long daniel = patientId("Daniel", "Hughes");
        DoseCheckOutcome outcome = doseCheck(daniel, Milligrams.of(100));
        assertThat(outcome.findings()).noneMatch(f -> f.rule() == RuleId.INDUCTION_FIRST_DOSE
                || f.rule() == RuleId.INDUCTION_DAY1_DOSE);
        assertThat(outcome.verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void thePatientBackAfterMissedDaysIsReferredToThePrescriber() {
        long michael = patientId("Michael", "O'Neill");
        assertThat(doseCheck(michael, DemoClinic.maintenanceDose(2)).verdict()).isEqualTo(Verdict.REFER_TO_PRESCRIBER);
    }

    @Test
    void theSameMomentGivesTheSameClinic() throws IOException {
        TestDatabase other = TestDatabase.sqlite(Files.createDirectories(dir.resolve("again")));
        try {
            LivingClinic.Summary again = LivingClinic.seed(other.transactor(), CLOCK, CALENDAR, "MAIN",
                    station -> Optional.of(dir.resolve("again").resolve("safe-" + station + ".state")));
            assertThat(again).isEqualTo(summary);
            assertThat(heads(other)).isEqualTo(heads(db));
        } finally {
            other.close();
        }
    }

    @Test
    void everyDoseCameOutOfASafeOpeningAndTheReconciliationIsClean() {
        long without = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM administration WHERE safe_request_ref IS NULL").mapTo(Long.class).one());
        assertThat(without).isZero();
        ReconciliationService reconciliation = new ReconciliationService(db.transactor(), Duration.ofMinutes(10), CLOCK);
        ReconciliationReport lastDay = reconciliation.report(null, null);
        assertThat(lastDay.entriesNeedingSafe()).isGreaterThan(20);
        assertThat(lastDay.alerts()).isEmpty();
        ReconciliationReport month = reconciliation.report(MORNING.minus(Duration.ofDays(31)), MORNING);
        assertThat(month.entriesNeedingSafe()).isGreaterThan(800);
        assertThat(month.doorOpenings()).isEqualTo(month.entriesNeedingSafe());
        assertThat(month.alerts()).isEmpty();
    }

    @Test
    void eachSimulatedSafesOwnLogEndsWhereTheClinicsStoredEventsEnd() throws IOException {
        for (String station : List.of("KIOSK-1", "KIOSK-2")) {
            long stored = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT MAX(safe_event_number) FROM safe_event WHERE station_code = :s")
                    .bind("s", station).mapTo(Long.class).one());
            List<String> log = Files.readAllLines(safeLog(station).orElseThrow());
            assertThat(log.stream().filter(l -> l.startsWith("E ")).count()).as(station).isEqualTo(stored);
            assertThat(log.stream().filter(l -> l.startsWith("A ")).count()).as(station + ": all acknowledged")
                    .isEqualTo(stored);
        }
    }

    private static Optional<Path> safeLog(String station) {
        return Optional.of(dir.resolve("devices").resolve("safe-" + station + ".state"));
    }

    private static List<String> heads(TestDatabase database) {
        return new RegisterService(database.transactor(), Clock.systemUTC(), "MAIN").ledgers().stream()
                .map(LedgerSummary::toString).toList();
    }

    private DoseCheckOutcome doseCheck(long patientId, Milligrams dose) {
        DoseCheckService checks = new DoseCheckService(db.transactor(), new SnapshotReader(CALENDAR, "MAIN"),
                new DoseSafetyCheck(DosingParameters.defaults()), CALENDAR, new CheckedThisSession(), CLOCK);
        long product = db.jdbi().withHandle(h -> h.createQuery("SELECT MIN(id) FROM product").mapTo(Long.class).one());
        return checks.check(patientId, new ProposedDose(dose, Long.toString(product), Route.IV, "AM", false),
                new PreDoseAssessment(0, BigDecimal.ZERO, 16, 97, Pupils.NORMAL, false, "", false));
    }

    private Map<String, DosingListEntry> dosingList(String session) {
        return dosingList(CALENDAR.clinicDate(MORNING), session);
    }

    private Map<String, DosingListEntry> dosingList(LocalDate date, String session) {
        return new DosingListService(db.transactor(), CALENDAR, new CheckedThisSession(), CLOCK).list(date, session)
                .stream().collect(Collectors.toMap(DosingListEntry::name, e -> e));
    }

    private long patientId(String given, String family) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT id FROM patient WHERE given_name = :g AND family_name = :f")
                .bind("g", given).bind("f", family).mapTo(Long.class).one());
    }

    private List<RegisterEntry> ampouleLedger() {
        return db.transactor().read(tx -> {
            RegisterDao register = tx.dao(RegisterDao.class);
            long ledger = register.ledgers().stream().filter(l -> l.strengthMg() == 100).findFirst().orElseThrow().id();
            return register.page(ledger, 0, null, null, null, null, 1_000_000);
        });
    }
}
