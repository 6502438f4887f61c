package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhat.clinic.core.register.Refusals.refusedOn;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.register.discrepancy.DiscrepancyStatus;
import org.openhat.clinic.service.register.discrepancy.DiscrepancyService;

class EntryKindsTest {
    @TempDir
    java.nio.file.Path dir;
    RegisterFixture f;

    @BeforeEach
    void open() {
        f = RegisterFixture.sqlite(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void recordsReceiptWithSupplierInvoiceBatchExpiryAndBothReceivers() {
        RegisterEntry e = f.record(f.receipt(50, "B1"));
        assertThat(e.seq()).isEqualTo(1);
        assertThat(e.kind()).isEqualTo(EntryKind.RECEIPT);
        assertThat(e.ampoules()).isEqualTo(50);
        assertThat(e.balance()).isEqualTo(50);
        assertThat(e.batchBalance()).isEqualTo(50);
        assertThat(e.recordedBy()).isEqualTo(f.nurse);
        assertThat(e.secondStaffId()).isEqualTo(f.secondNurse);
        assertThat(e.prevHash()).isEqualTo(LedgerHead.GENESIS);
        assertThat(e.hash()).hasSize(64).isEqualTo(CanonicalEntry.hash(e));
        assertThat(e.fields()).containsEntry("supplier_name", "Alliance Healthcare")
                .containsEntry("supplier_address", "Unit 4, Teesside Park, Stockton TS17 7BW")
                .containsEntry("invoice", "INV-B1").containsEntry("expiry", "2028-06-30")
                .containsEntry("recorded_by_name", "Amara Okoye RN").containsEntry("second_staff_name", "Ben Carter RN");
        assertThat(f.register.entry(f.ledger.id(), 1)).isEqualTo(e);
    }

    @Test
    void refusesReceiptMissingARequiredField() {
        Receipt ok = f.receipt(10, "B1");
        refusedOn("supplierName", () -> f.record(new Receipt(ok.occurredAt(), " ", ok.supplierAddress(), 10,
                ok.invoiceRef(), "B1", ok.expiry(), f.secondNurse, null, null)));
        refusedOn("supplierAddress", () -> f.record(new Receipt(ok.occurredAt(), ok.supplierName(), null, 10,
                ok.invoiceRef(), "B1", ok.expiry(), f.secondNurse, null, null)));
        refusedOn("ampoules", () -> f.record(new Receipt(ok.occurredAt(), ok.supplierName(), ok.supplierAddress(), 0,
                ok.invoiceRef(), "B1", ok.expiry(), f.secondNurse, null, null)));
        refusedOn("invoiceRef", () -> f.record(new Receipt(ok.occurredAt(), ok.supplierName(), ok.supplierAddress(), 10,
                null, "B1", ok.expiry(), f.secondNurse, null, null)));
        refusedOn("batch", () -> f.record(new Receipt(ok.occurredAt(), ok.supplierName(), ok.supplierAddress(), 10,
                ok.invoiceRef(), "", ok.expiry(), f.secondNurse, null, null)));
        refusedOn("expiry", () -> f.record(new Receipt(ok.occurredAt(), ok.supplierName(), ok.supplierAddress(), 10,
                ok.invoiceRef(), "B1", LocalDate.of(2026, 11, 1), f.secondNurse, null, null)));
        refusedOn("secondSigner", () -> f.record(new Receipt(ok.occurredAt(), ok.supplierName(),
                ok.supplierAddress(), 10, ok.invoiceRef(), "B1", ok.expiry(), null, null, null)));
        refusedOn("secondSigner", () -> f.record(new Receipt(ok.occurredAt(), ok.supplierName(),
                ok.supplierAddress(), 10, ok.invoiceRef(), "B1", ok.expiry(), f.nurse, null, null)));
        refusedOn("secondSigner", () -> f.record(new Receipt(ok.occurredAt(), ok.supplierName(),
                ok.supplierAddress(), 10, ok.invoiceRef(), "B1", ok.expiry(), f.inspector, null, null)));
        assertThat(f.register.ledger(f.ledger.id()).entries()).isZero();
    }

    @Test
    void recordsAdministrationWithPatientPrescriberAmpoulesDoseNurseAndWitness() {
        f.record(f.receipt(10, "B1"));
        RegisterEntry e = f.record(f.administration(2, 150, "B1"));
        assertThat(e.ampoules()).isEqualTo(-2);
        assertThat(e.balance()).isEqualTo(8);
        assertThat(e.fields()).containsEntry("patient_name", "Michael O'Neill")
                .containsEntry("patient_address", "3 Marton Road, Middlesbrough TS4 2ND")
                .containsEntry("prescriber_name", "Dr Priya Patel").containsEntry("dose_mg", "150");
        assertThat(e.secondStaffId()).isEqualTo(f.secondNurse);
    }

    @Test
    void refusesAdministrationWithMissingOrInconsistentFields() {
        f.record(f.receipt(10, "B1"));
        Administration a = f.administration(1, 80, "B1");
        refusedOn("patientAddress", () -> f.record(new Administration(a.occurredAt(), 3, "M O", "", 1, "Dr P", 1, 80,
                "B1", f.secondNurse, null, null, null)));
        refusedOn("prescriberName", () -> f.record(new Administration(a.occurredAt(), 3, "M O", "addr", 1, null, 1, 80,
                "B1", f.secondNurse, null, null, null)));
        refusedOn("doseMg", () -> f.record(f.administration(1, 120, "B1")));
        refusedOn("ampoules", () -> f.record(f.administration(2, 80, "B1")));
        refusedOn("secondSigner", () -> f.record(new Administration(a.occurredAt(), 3, "M O", "addr", 1, "Dr P", 1, 80,
                "B1", null, null, null, null)));
    }

    @Test
    void recordsWasteOfAnAdministrationsRemainderWithoutMovingStock() {
        f.record(f.receipt(10, "B1"));
        RegisterEntry given = f.record(f.administration(1, 70, "B1"));
        RegisterEntry waste = f.record(f.remainderOf(given.seq(), 30, "B1"));
        assertThat(waste.ampoules()).isZero();
        assertThat(waste.balance()).isEqualTo(9);
        assertThat(waste.fields()).containsEntry("waste_mg", "30").containsEntry("denatured", "true")
                .containsEntry("administration_seq", String.valueOf(given.seq()));
        refusedOn("wasteMg", () -> f.record(f.remainderOf(given.seq(), 31, "B1")));
        refusedOn("denatured", () -> f.record(new Waste(f.now(), 30, 0, given.seq(), "B1", false, f.secondNurse, null)));
        refusedOn("secondSigner", () -> f.record(new Waste(f.now(), 30, 0, given.seq(), "B1", true, null, null)));
        refusedOn("administrationSeq", () -> f.record(f.remainderOf(1, 30, "B1")));
    }

    @Test
    void wasteOfAnOpenedAmpouleNotGivenTakesItFromStock() {
        f.record(f.receipt(10, "B1"));
        RegisterEntry waste = f.record(new Waste(f.now(), 100, 1, null, "B1", true, f.secondNurse, null));
        assertThat(waste.ampoules()).isEqualTo(-1);
        assertThat(waste.balance()).isEqualTo(9);
    }

    @Test
    void refusesDestructionUnlessAnAuthorisedWitnessSignsItThemselves() {
        f.record(f.receipt(10, "B1"));
        Destruction d = f.destruction(2, "B1");
        refusedOn("secondSigner", () -> f.record(new Destruction(d.occurredAt(), 2, "B1", "expired",
                "CDAO authorised witness", "AW-2026-17", null, null, null)));
        // a nurse handles the stock every day: she cannot be the authorised witness of its destruction
        refusedOn("secondSigner", () -> f.record(new Destruction(d.occurredAt(), 2, "B1", "expired",
                "CDAO authorised witness", "AW-2026-17", f.secondNurse, null, null)));
        refusedOn("witnessCapacity", () -> f.record(new Destruction(d.occurredAt(), 2, "B1", "expired", " ",
                "AW-2026-17", f.inspector, null, null)));
        refusedOn("authorisationRef", () -> f.record(new Destruction(d.occurredAt(), 2, "B1", "expired",
                "CDAO authorised witness", null, f.inspector, null, null)));
        RegisterEntry e = f.record(d);
        assertThat(e.balance()).isEqualTo(8);
        assertThat(e.secondStaffId()).isEqualTo(f.inspector);
        assertThat(e.fields()).containsEntry("second_staff_name", "Morag Reid")
                .containsEntry("authorised_witness_role", "CDAO authorised witness")
                .containsEntry("authorisation_ref", "AW-2026-17");
    }

    @Test
    void recordsReturnToSupplierWithTheirNameAndAddress() {
        f.record(f.receipt(10, "B1"));
        StockReturn r = f.stockReturn(3, "B1");
        refusedOn("returnedToAddress", () -> f.record(new StockReturn(r.occurredAt(), 3, "B1", "Alliance", null,
                "damaged", f.secondNurse, null, null)));
        assertThat(f.record(r).balance()).isEqualTo(7);
    }

    @Test
    void blindCountRefusedWhenTheTwoCountersDisagreeAndOpensDiscrepancyWhenCountDiffersFromBalance() {
        f.record(f.receipt(10, "B1"));
        refusedOn("secondCount", () -> f.record(new StockCheck(f.now(), 10, 9, null, f.secondNurse, null, null)));
        refusedOn("secondSigner", () -> f.record(new StockCheck(f.now(), 10, 10, null, null, null, null)));
        RegisterEntry agrees = f.record(f.count(10, null));
        RegisterEntry short1 = f.record(f.count(9, "B1"));
        assertThat(agrees.ampoules()).isZero();
        assertThat(short1.balance()).isEqualTo(10);
        DiscrepancyService discrepancies = new DiscrepancyService(f.transactor(), f.clock, Duration.ofHours(24));
        List<DiscrepancyStatus> open = discrepancies.list(true);
        assertThat(open).singleElement().satisfies(d -> {
            assertThat(d.discrepancy().stockCheckSeq()).isEqualTo(short1.seq());
            assertThat(d.discrepancy().expected()).isEqualTo(10);
            assertThat(d.discrepancy().counted()).isEqualTo(9);
            assertThat(d.discrepancy().batch()).isEqualTo("B1");
        });
    }

    @Test
    void correctionPointsAtAnEarlierEntryWhichStaysAsItWas() {
        RegisterEntry receipt = f.record(f.receipt(10, "B1"));
        RegisterEntry correction = f.record(f.correction(receipt.seq(), -1, "B1"));
        assertThat(correction.correctsSeq()).isEqualTo(1);
        assertThat(correction.balance()).isEqualTo(9);
        assertThat(correction.batchBalance()).isEqualTo(9);
        assertThat(f.register.entry(f.ledger.id(), 1)).isEqualTo(receipt);
        refusedOn("correctsSeq", () -> f.record(f.correction(99, 0, null)));
        refusedOn("reason", () -> f.record(new Correction(f.now(), 1L, "", 0, null, null)));
    }

    @Test
    void refusesACorrectionThatMovesStockUnlessAPharmacistMakesItWithASecondSigner() {
        RegisterEntry receipt = f.record(f.receipt(500, "B1"));
        refusedOn("adjustment", () -> f.register.record(f.ledger.id(),
                new Correction(f.now(), receipt.seq(), "breakage", -40, "B1", f.secondNurse), f.nurse));
        refusedOn("secondSigner", () -> f.register.record(f.ledger.id(),
                new Correction(f.now(), receipt.seq(), "breakage", -40, "B1", null), f.pharmacist));
        assertThat(f.register.ledger(f.ledger.id()).balance()).isEqualTo(500);

        RegisterEntry written = f.register.record(f.ledger.id(),
                new Correction(f.now(), receipt.seq(), "breakage", -40, "B1", f.nurse), f.pharmacist);
        assertThat(written.balance()).isEqualTo(460);
        assertThat(written.secondStaffId()).isEqualTo(f.nurse);
    }

    @Test
    void aNurseMayStillAddACorrectionNoteThatMovesNoStock() {
        RegisterEntry receipt = f.record(f.receipt(500, "B1"));
        RegisterEntry note = f.register.record(f.ledger.id(),
                new Correction(f.now(), receipt.seq(), "invoice number misread", 0, null, null), f.nurse);
        assertThat(note.ampoules()).isZero();
        assertThat(note.balance()).isEqualTo(500);
    }

    @Test
    void refusesQuantitiesNoClinicCouldHoldByTheFieldTheyCameIn() {
        long tooMany = 1_000_000_000_000L;
        Receipt ok = f.receipt(10, "B1");
        refusedOn("ampoules", () -> f.record(new Receipt(ok.occurredAt(), ok.supplierName(), ok.supplierAddress(),
                tooMany, ok.invoiceRef(), "B1", ok.expiry(), f.secondNurse, null, null)));
        refusedOn("ampoules", () -> f.record(new Receipt(ok.occurredAt(), ok.supplierName(), ok.supplierAddress(),
                Long.MAX_VALUE, ok.invoiceRef(), "B1", ok.expiry(), f.secondNurse, null, null)));
        f.record(f.receipt(10, "B1"));
        refusedOn("counted", () -> f.record(new StockCheck(f.now(), tooMany, tooMany, null, f.secondNurse, null, null)));
        refusedOn("adjustment", () -> f.record(f.correction(1, -tooMany, "B1")));
        refusedOn("adjustment", () -> f.record(f.correction(1, Long.MIN_VALUE, "B1")));
        refusedOn("ampoulesOpened", () -> f.record(new Waste(f.now(), 100, tooMany, null, "B1", true, f.secondNurse,
                null)));
        refusedOn("wasteMg", () -> f.record(new Waste(f.now(), Long.MAX_VALUE, 1, null, "B1", true, f.secondNurse,
                null)));
        refusedOn("ampoules", () -> f.record(f.destruction(tooMany, "B1")));
        refusedOn("ampoules", () -> f.record(f.stockReturn(tooMany, "B1")));
        assertThat(f.register.ledger(f.ledger.id()).balance()).isEqualTo(10);
    }

    @Test
    void refusesALineThatWouldTakeTheBalanceAboveWhatAClinicCouldHoldWithoutOverflowing() {
        long most = RegisterLimits.MAX_AMPOULES_PER_ENTRY;
        for (long held = 0; held + most <= RegisterLimits.MAX_BALANCE; held += most) {
            f.record(f.receipt(most, "B" + held));
        }
        assertThat(f.register.ledger(f.ledger.id()).balance()).isEqualTo(RegisterLimits.MAX_BALANCE);

        assertThatThrownBy(() -> f.record(f.receipt(1, "B0"))).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("ampoules");
            assertThat(e.reason()).contains("above").doesNotContain("below zero");
        });
        assertThat(f.register.ledger(f.ledger.id()).balance()).isEqualTo(RegisterLimits.MAX_BALANCE);
    }

    @Test
    void refusesEntriesForTheFutureOrMoreThanADayLate() {
        refusedOn("occurredAt", () -> f.record(new Receipt(f.now().plus(Duration.ofHours(1)), "A", "B", 1, "I", "B1",
                LocalDate.of(2028, 1, 1), f.secondNurse, null, null)));
        refusedOn("occurredAt", () -> f.record(new Receipt(f.now().minus(Duration.ofDays(2)), "A", "B", 1, "I", "B1",
                LocalDate.of(2028, 1, 1), f.secondNurse, null, null)));
        assertThat(f.record(new Receipt(f.now().minus(Duration.ofHours(20)), "A", "B", 1, "I", "B1",
                LocalDate.of(2028, 1, 1), f.secondNurse, null, null)).seq()).isEqualTo(1);
    }

    @Test
    void refusesEntriesByStaffWhoAreNotPractitioners() {
        refusedOn("recordedBy", () -> f.register.record(f.ledger.id(), f.receipt(5, "B1"), f.inspector));
    }
}
