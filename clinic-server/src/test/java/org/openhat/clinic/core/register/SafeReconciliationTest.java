package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.core.register.safe.ReconciliationAlert.Kind;
import org.openhat.clinic.core.register.safe.ReconciliationAlert;
import org.openhat.clinic.core.register.safe.ReconciliationReport;
import org.openhat.clinic.db.SafeEventDao;
import org.openhat.clinic.service.register.safe.ReconciliationService;
import org.openhat.devices.safe.SafeEventCode;

class SafeReconciliationTest {
    @TempDir
    Path dir;
    RegisterFixture f;
    ReconciliationService reconciliation;
    long eventNumber;

    @BeforeEach
    void open() {
        f = RegisterFixture.sqlite(dir);
        reconciliation = new ReconciliationService(f.transactor(), Duration.ofMinutes(10), f.clock);
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** As the safe's link stores it (JdbiSafeEventStore, tested on its own): one row per event. */
    private void event(String station, SafeEventCode code, Instant at, String ref) {
        long number = ++eventNumber;
        f.transactor().inTransaction(tx -> tx.dao(SafeEventDao.class).insertIfAbsent(station, 1, number, at, at,
                code.name(), 1, "N0042", ref));
    }

    private void opening(String station, Instant at, String ref) {
        event(station, SafeEventCode.UNLOCKED, at.minusSeconds(5), ref);
        event(station, SafeEventCode.DOOR_OPENED, at, null);
        event(station, SafeEventCode.DOOR_CLOSED, at.plusSeconds(40), null);
        event(station, SafeEventCode.LOCKED, at.plusSeconds(41), null);
    }

    @Test
    void matchesByRequestReferenceOrByStationAndTimeAndReportsWhatIsLeftOver() {
        Instant t = f.now();
        opening("KIOSK-1", t.plusSeconds(10), "REQ-1");
        f.record(new Receipt(t.plusSeconds(20), "Alliance", "Stockton", 10, "I1", "B1", LocalDate.of(2028, 1, 1),
                f.secondNurse, "KIOSK-2", "REQ-1"));
        opening("KIOSK-1", t.plusSeconds(600), null);
        f.clock.advance(Duration.ofMinutes(11));
        f.record(new Administration(t.plusSeconds(640), 3, "M O", "addr", 1, "Dr P", 1, 60, "B1", f.secondNurse,
                "KIOSK-1", null, null));
        opening("KIOSK-2", t.plusSeconds(1800), null);
        f.clock.advance(Duration.ofMinutes(60));
        f.record(new StockCheck(t.plusSeconds(3600), 9, 9, null, f.secondNurse, "KIOSK-1", null));
        event("KIOSK-2", SafeEventCode.FORCED_OPEN, t.plusSeconds(3700), null);

        ReconciliationReport report = reconciliation.report(t.minusSeconds(60), t.plus(Duration.ofHours(2)));

        assertThat(report.doorOpenings()).isEqualTo(4);
        assertThat(report.entriesNeedingSafe()).isEqualTo(3);
        assertThat(report.openingsWithoutEntry()).extracting(o -> o.stationCode() + "@" + o.openedAt())
                .containsExactlyInAnyOrder("KIOSK-2@" + t.plusSeconds(1800), "KIOSK-2@" + t.plusSeconds(3700));
        assertThat(report.entriesWithoutOpening()).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(EntryKind.STOCK_CHECK));
        assertThat(report.safeAlarms()).singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo(SafeEventCode.FORCED_OPEN));
        assertThat(report.alerts()).extracting(ReconciliationAlert::kind).containsExactly(
                Kind.OPENING_WITHOUT_ENTRY, Kind.ENTRY_WITHOUT_OPENING, Kind.OPENING_WITHOUT_ENTRY, Kind.SAFE_ALARM);
        assertThat(report.clean()).isFalse();
    }

    @Test
    void raisesAnAlertForADoseRecordedWithoutASafeOpeningAndForAnOpeningNoEntryExplains() {
        Instant t = f.now();
        f.record(f.receipt(10, "B1"));
        opening("KIOSK-2", t.plusSeconds(1800), "REQ-9");
        f.clock.advance(Duration.ofMinutes(40));
        RegisterEntry dose = f.record(f.administration(1, 60, "B1"));

        ReconciliationReport report = reconciliation.report(t.minusSeconds(60), t.plus(Duration.ofHours(1)));

        assertThat(report.alerts()).anySatisfy(alert -> {
            assertThat(alert.kind()).isEqualTo(Kind.ENTRY_WITHOUT_OPENING);
            assertThat(alert.stationCode()).isEqualTo("KIOSK-1");
            assertThat(alert.detail()).contains("ADMINISTRATION").contains(f.ledger.id() + "/" + dose.seq());
        });
        assertThat(report.alerts()).anySatisfy(alert -> {
            assertThat(alert.kind()).isEqualTo(Kind.OPENING_WITHOUT_ENTRY);
            assertThat(alert.detail()).contains("REQ-9");
        });
        assertThat(report.clean()).isFalse();
    }

    @Test
    void anEventWhoseCodeTheServerDoesNotKnowIsReportedAsAnAlert() {
        Instant t = f.now();
        f.transactor().inTransaction(tx -> tx.dao(SafeEventDao.class).insertIfAbsent("KIOSK-1", 1, 1, t, t, "CODE_12",
                1, null, null));

        ReconciliationReport report = reconciliation.report(t.minusSeconds(60), t.plusSeconds(60));

        assertThat(report.safeAlarms()).singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo(SafeEventCode.UNKNOWN));
        assertThat(report.alerts()).extracting(ReconciliationAlert::kind).containsExactly(Kind.SAFE_ALARM);
        assertThat(report.clean()).isFalse();
    }
}
