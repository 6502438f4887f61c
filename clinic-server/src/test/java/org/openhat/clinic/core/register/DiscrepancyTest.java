package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhat.clinic.core.register.Refusals.refusedOn;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.core.ConflictException;
import org.openhat.clinic.core.register.discrepancy.DiscrepancyStatus;
import org.openhat.clinic.core.register.discrepancy.NoteKind;
import org.openhat.clinic.service.register.discrepancy.DiscrepancyService;

class DiscrepancyTest {
    @TempDir
    Path dir;
    RegisterFixture f;
    DiscrepancyService discrepancies;
    long id;

    @BeforeEach
    void open() {
        f = RegisterFixture.sqlite(dir);
        discrepancies = new DiscrepancyService(f.transactor(), f.clock, Duration.ofHours(24));
        f.record(f.receipt(10, "B1"));
        f.record(f.count(8, null));
        id = discrepancies.list(true).get(0).discrepancy().id();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void unresolvedDiscrepancyIsEscalatedToTheAccountableOfficerAfter24Hours() {
        f.clock.advance(Duration.ofHours(23));
        assertThat(discrepancies.get(id).escalated()).isFalse();
        f.clock.advance(Duration.ofHours(1));
        DiscrepancyStatus status = discrepancies.get(id);
        assertThat(status.escalated()).isTrue();
        assertThat(status.escalatedTo()).isEqualTo("Controlled Drugs Accountable Officer");
    }

    @Test
    void notesAndInvestigationKeepItOpenUntilAPharmacistSignsOffTheResolution() {
        discrepancies.addNote(id, NoteKind.NOTE, "recounted: still 8", f.nurse);
        discrepancies.addNote(id, NoteKind.INVESTIGATION, "two doses given at 17:40 not yet entered", f.pharmacist);
        refusedOn("kind", () -> discrepancies.addNote(id, NoteKind.RESOLUTION, "resolved", f.nurse));
        assertThat(discrepancies.list(true)).hasSize(1);
        DiscrepancyStatus resolved = discrepancies.addNote(id, NoteKind.RESOLUTION, "entries made late", f.pharmacist);
        assertThat(resolved.resolved()).isTrue();
        assertThat(resolved.notes()).extracting(n -> n.kind()).containsExactly(NoteKind.NOTE, NoteKind.INVESTIGATION,
                NoteKind.RESOLUTION);
        assertThat(discrepancies.list(true)).isEmpty();
        f.clock.advance(Duration.ofDays(3));
        assertThat(discrepancies.get(id).escalated()).isFalse();
        assertThatThrownBy(() -> discrepancies.addNote(id, NoteKind.NOTE, "late", f.pharmacist))
                .isInstanceOf(ConflictException.class);
    }
}
