package org.openhat.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhat.devices.scanner.ScanFixtures.GS;
import static org.openhat.devices.scanner.ScanFixtures.decode;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScanDecoderTest {

    @Test
    void decodesAGs1DataMatrixPackIntoAProductScan() {
        ProductScan p = (ProductScan) decode(ScanFixtures.PACK);
        assertThat(p.gtin().value()).isEqualTo("09506000134352");
        assertThat(p.expiry()).contains(LocalDate.of(2026, 12, 31));
        assertThat(p.batch()).contains("ABC123");
        assertThat(p.serial()).contains("SN0001");
        assertThat(p.symbology()).map(AimId::toString).contains("]d2");
        assertThat(p.receivedAt()).isEqualTo(ScanFixtures.AT);
        assertThat(p.receivedNanos()).isEqualTo(42L);
    }

    @Test
    void decodesGs1128AndGs1QrTheSameWay() {
        assertThat(decode("]C1" + ScanFixtures.PACK.substring(3))).isInstanceOf(ProductScan.class);
        assertThat(decode("]Q3" + ScanFixtures.PACK.substring(3))).isInstanceOf(ProductScan.class);
        assertThat(decode("]e0" + "0109506000134352")).isInstanceOf(ProductScan.class);
    }

    @Test
    void decodesTypedInBracketedGs1() {
        ProductScan p = (ProductScan) decode("(01)09506000134352(17)160200(10)LOT42");
        assertThat(p.expiry()).contains(LocalDate.of(2016, 2, 29));
        assertThat(p.symbology()).isEmpty();
    }

    @Test
    void keepsOtherAisOnTheProduct() {
        ProductScan p = (ProductScan) decode("]d2" + "0109506000134352" + "714PT12345" + GS + "21S1");
        assertThat(p.otherFields()).containsEntry("714", "PT12345").doesNotContainKey("21");
    }

    @Test
    void decodesAnEan13BarcodeAsABareGtin() {
        ProductScan p = (ProductScan) decode("]E0" + "5012345678900");
        assertThat(p.gtin().value()).isEqualTo("05012345678900");
        assertThat(p.expiry()).isEmpty();
    }

    @Test
    void rejectsAPackWithAWrongGtinCheckDigit() {
        assertThat(reason("]d2" + "0109506000134353" + "17261231")).isEqualTo("GTIN check digit is wrong");
    }

    @Test
    void rejectsAnImpossibleExpiryDate() {
        assertThat(reason("]d2" + "0109506000134352" + "17261301")).contains("month 13");
    }

    @Test
    void rejectsPlainDataMatrixEvenIfItLooksLikeGs1() {
        assertThat(reason("]d1" + "0109506000134352")).contains("not a GS1 code");
    }

    @Test
    void rejectsScansWithoutAnAimIdentifier() {
        assertThat(reason("0109506000134352")).contains("AIM");
    }

    @Test
    void rejectsGs1WithNeitherGtinNorGsrn() {
        assertThat(reason("]d2" + "10ABC")).contains("neither a GTIN");
    }

    @Test
    void decodesAGsrnWristbandToAValidNhsNumber() {
        WristbandScan w = (WristbandScan) decode(ScanFixtures.WRISTBAND);
        assertThat(w.nhsNumber().value()).isEqualTo("9434765919");
        assertThat(w.source()).isEqualTo(WristbandScan.Source.GSRN_WRISTBAND);
        assertThat(w.serviceRelationInstance()).isEmpty();
    }

    @Test
    void readsTheServiceRelationInstanceNumber() {
        WristbandScan w = (WristbandScan) decode(ScanFixtures.WRISTBAND + GS + "801912");
        assertThat(w.serviceRelationInstance()).contains("12");
    }

    @Test
    void rejectsAWristbandWithAWrongGsrnCheckDigit() {
        assertThat(reason("]d2" + "8018501234594347659192")).isEqualTo("wristband GSRN check digit is wrong");
    }

    @Test
    void rejectsAWristbandWhoseNhsNumberFailsModulus11() {
        assertThat(reason(ScanFixtures.WRISTBAND_BAD_NHS)).contains("NHS number check digit");
    }

    @Test
    void rejectsAWristbandFromAnotherIssuer() {
        ScanDecoder other = new ScanDecoder(ScanFormats.defaults(GsrnLayout.nhsNumberBeforeCheckDigit("7777777")));
        ScanEvent e = other.decode(ScanFixtures.raw(ScanFixtures.WRISTBAND));
        assertThat(((ScanRejected) e).reason()).contains("company prefix");
    }

    @Test
    void refusesWristbandsWithHowToConfigureWhenNoIssuerIsConfigured() {
        ScanDecoder unconfigured = new ScanDecoder(ScanFormats.defaults(GsrnLayout.nhsNumberBeforeCheckDigit("")));
        ScanEvent e = unconfigured.decode(ScanFixtures.raw(ScanFixtures.WRISTBAND));
        assertThat(((ScanRejected) e).reason()).contains("scanning.nhsCompanyPrefix")
                .contains("scanning.acceptWristbandsFromAnyIssuer");
        assertThat(unconfigured.decode(ScanFixtures.raw(ScanFixtures.CLINIC_CARD))).isInstanceOf(WristbandScan.class);
    }

    @Test
    void readsAnyIssuersWristbandOnlyWhenThatWasChosen() {
        ScanDecoder anyIssuer = new ScanDecoder(ScanFormats.defaults(GsrnLayout.anyIssuer()));
        assertThat(anyIssuer.decode(ScanFixtures.raw(ScanFixtures.WRISTBAND))).isInstanceOf(WristbandScan.class);
        assertThatThrownBy(() -> new GsrnLayout("5012345", 7, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsTheWholeWristbandSymbolWhenAnotherElementIsCorrupt() {
        assertThat(reason(ScanFixtures.WRISTBAND + GS + "0109506000134353")).isEqualTo("GTIN check digit is wrong");
        assertThat(reason(ScanFixtures.WRISTBAND + GS + "17260196")).contains("(17)");
        assertThat(reason(ScanFixtures.WRISTBAND + GS + "8019" + "A1")).contains("(8019)");
    }

    @Test
    void decodesTheClinicPatientCard() {
        WristbandScan w = (WristbandScan) decode(ScanFixtures.CLINIC_CARD);
        assertThat(w.nhsNumber().value()).isEqualTo("9434765919");
        assertThat(w.source()).isEqualTo(WristbandScan.Source.CLINIC_CARD);
        assertThat(decode("]Q1OHP:9434765919")).isInstanceOf(WristbandScan.class);
    }

    @Test
    void rejectsAClinicCardWithAnInvalidNhsNumber() {
        assertThat(reason("]C0OHP:9434765918")).contains("check digit");
        assertThat(reason("]C0OHP:943476591")).contains("10 digits");
    }

    @Test
    void decodesAStaffBadge() {
        BadgeScan b = (BadgeScan) decode(ScanFixtures.BADGE);
        assertThat(b.staffId()).isEqualTo("N0042");
    }

    @Test
    void rejectsABadgeWithAMalformedStaffNumber() {
        assertThat(reason("]C0OHS:n0042")).contains("staff badge");
        assertThat(reason("]C0OHS:N42")).contains("staff badge");
    }

    @Test
    void rejectionReasonsNeverRepeatPatientIdentifiers() {
        ScanEvent e = decode(ScanFixtures.WRISTBAND_BAD_NHS);
        assertThat(e.toString()).doesNotContain("9434765918");
        assertThat(decode(ScanFixtures.WRISTBAND).toString()).doesNotContain("9434765919");
    }

    @Test
    void rejectsOverlongScansWithoutLookingAtThem() {
        ScanEvent e = ScanFixtures.DECODER.decode(new RawScan(new byte[0], 5000, true, ScanFixtures.AT, 1));
        assertThat(((ScanRejected) e).reason()).contains("longer");
        assertThat(((ScanRejected) e).length()).isEqualTo(5000);
    }

    private static String reason(String text) {
        ScanEvent e = decode(text);
        assertThat(e).isInstanceOf(ScanRejected.class);
        return ((ScanRejected) e).reason();
    }
}
