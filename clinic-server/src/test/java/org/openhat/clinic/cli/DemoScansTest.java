package org.openhat.clinic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openhat.devices.ids.Gtin;
import org.openhat.devices.scanner.BadgeScan;
import org.openhat.devices.scanner.GsrnLayout;
import org.openhat.devices.scanner.ProductScan;
import org.openhat.devices.scanner.RawScan;
import org.openhat.devices.scanner.ScanDecoder;
import org.openhat.devices.scanner.ScanEvent;
import org.openhat.devices.scanner.ScanFormats;
import org.openhat.devices.scanner.WristbandScan;

/**
 * The scans the README tells a newcomer to send read as what it says they are, through the
 * kiosk's own decoder: the wristband with the demo's made-up NHS prefix configured.
 */
class DemoScansTest {
    private final ScanDecoder decoder = new ScanDecoder(ScanFormats.defaults(
            GsrnLayout.nhsNumberBeforeCheckDigit(DemoScans.WRISTBAND_PREFIX)));

    @Test
    void everyPatientsClinicCardAndWristbandNameTheirNhsNumber() {
        for (DemoClinic.DemoPatient patient : DemoClinic.patients()) {
            for (String scan : new String[] {DemoScans.clinicCard(patient), DemoScans.wristband(patient)}) {
                assertThat(decode(scan)).as(scan).isInstanceOfSatisfying(WristbandScan.class,
                        w -> assertThat(w.nhsNumber()).isEqualTo(patient.nhsNumber()));
            }
        }
        assertThat(DemoScans.clinicCard(DemoClinic.patients().get(0))).isEqualTo("]C0OHP:9990000018");
        assertThat(DemoScans.wristband(DemoClinic.patients().get(0))).isEqualTo("]d28018501234599900000182");
    }

    @Test
    void everyBadgeReadsAsItsStaffNumber() {
        DemoClinic.STAFF.stream().filter(s -> s.badge() != null).forEach(s ->
                assertThat(decode(DemoScans.badge(s))).isInstanceOfSatisfying(BadgeScan.class,
                        b -> assertThat(b.staffId()).isEqualTo(s.badge())));
    }

    @Test
    void thePacksReadAsTheirProductBatchAndExpiry() {
        String right = DemoScans.pack(DemoClinic.GTIN_100, LocalDate.of(2028, 12, 31), DemoClinic.BATCH_100);
        assertThat(right).isEqualTo("]d20105012345678900172812311" + "0DM100-26A117");
        assertThat(decode(right)).isInstanceOfSatisfying(ProductScan.class, p -> {
            assertThat(p.gtin()).isEqualTo(Gtin.of(DemoClinic.GTIN_100));
            assertThat(p.batch()).contains(DemoClinic.BATCH_100);
            assertThat(p.expiry()).contains(LocalDate.of(2028, 12, 31));
        });
        assertThat(decode(DemoScans.pack(DemoScans.UNKNOWN_GTIN, LocalDate.of(2028, 12, 31), "X1")))
                .isInstanceOfSatisfying(ProductScan.class, p -> assertThat(p.gtin()).isEqualTo(Gtin.of("05012345678924")));
        assertThat(decode(DemoScans.pack(DemoClinic.GTIN_100, LocalDate.of(2025, 1, 31), "DM100-24L009")))
                .isInstanceOfSatisfying(ProductScan.class, p -> assertThat(p.expiry()).contains(LocalDate.of(2025, 1, 31)));
    }

    private ScanEvent decode(String scan) {
        byte[] bytes = scan.getBytes(StandardCharsets.ISO_8859_1);
        // GS1 reads a two-digit year in a window around the day of the scan
        return decoder.decode(new RawScan(bytes, bytes.length, false, Instant.parse("2026-12-08T09:00:00Z"), 0));
    }
}
