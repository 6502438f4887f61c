package org.openhat.devices.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Gs1ElementStringTest {
    private static final String GS = "\u001D";

    @Test
    void splitsTheTransmittedFormFromDevicesMd() {
        Gs1ElementString es = Gs1ElementString.parse("0109506000134352" + "17261231" + "10ABC123" + GS + "21SN0001");
        assertThat(es.fields()).containsExactly(
                java.util.Map.entry("01", "09506000134352"), java.util.Map.entry("17", "261231"),
                java.util.Map.entry("10", "ABC123"), java.util.Map.entry("21", "SN0001"));
    }

    @Test
    void readsTheBracketedHumanReadableForm() {
        Gs1ElementString es = Gs1ElementString.parseHumanReadable("(01)09506000134352(17)261231(10)ABC123(21)SN0001");
        assertThat(es.get("10")).contains("ABC123");
        assertThat(es.get("21")).contains("SN0001");
    }

    @Test
    void toleratesARedundantGsAfterAPredefinedLengthField() {
        Gs1ElementString es = Gs1ElementString.parse("0109506000134352" + GS + "17261231" + GS + "10LOT42");
        assertThat(es.get("17")).contains("261231");
        assertThat(es.get("10")).contains("LOT42");
    }

    @Test
    void keepsUnknownButWellFormedAisAsTheyCame() {
        Gs1ElementString es = Gs1ElementString.parse("0109506000134352" + "714ABC123" + GS + "91XYZ");
        assertThat(es.get("714")).contains("ABC123");
        assertThat(es.get("91")).contains("XYZ");
    }

    @Test
    void readsFourDigitAisSuchAsTheGsrn() {
        Gs1ElementString es = Gs1ElementString.parse("8018501234594347659191" + GS + "8019123");
        assertThat(es.get("8018")).contains("501234594347659191");
        assertThat(es.get("8019")).contains("123");
    }

    @Test
    void rejectsAFixedFieldCutShort() {
        assertThatThrownBy(() -> Gs1ElementString.parse("01095060001343")).hasMessageContaining("cut short");
    }

    @Test
    void rejectsAnAiFamilyThatDoesNotExist() {
        assertThatThrownBy(() -> Gs1ElementString.parse("05123")).hasMessageContaining("unknown application identifier");
    }

    @Test
    void rejectsABatchLongerThanTwentyCharacters() {
        assertThatThrownBy(() -> Gs1ElementString.parse("10" + "A".repeat(21))).hasMessageContaining("outside 1..20");
    }

    @Test
    void rejectsCharactersOutsideTheGs1Set() {
        assertThatThrownBy(() -> Gs1ElementString.parse("10AB C")).hasMessageContaining("outside the GS1 set");
        assertThatThrownBy(() -> Gs1ElementString.parse("10AB#C")).hasMessageContaining("outside the GS1 set");
    }

    @Test
    void rejectsNonDigitsInANumericField() {
        assertThatThrownBy(() -> Gs1ElementString.parse("17AB1231")).hasMessageContaining("digits");
    }

    @Test
    void rejectsTheSameAiTwice() {
        assertThatThrownBy(() -> Gs1ElementString.parse("10A" + GS + "10B")).hasMessageContaining("twice");
    }

    @Test
    void rejectsEmptyAndBracketMismatch() {
        assertThatThrownBy(() -> Gs1ElementString.parse("")).hasMessageContaining("no GS1 fields");
        assertThatThrownBy(() -> Gs1ElementString.parseHumanReadable("(010)09506000134352"))
                .hasMessageContaining("not a known application identifier");
        assertThatThrownBy(() -> Gs1ElementString.parseHumanReadable("01)0950")).hasMessageContaining("expected '('");
    }
}
