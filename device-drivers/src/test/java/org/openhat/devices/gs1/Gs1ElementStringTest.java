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
    void rejectsTheSameAiTwiceWithDifferentValues() {
        assertThatThrownBy(() -> Gs1ElementString.parse("10A" + GS + "10B")).hasMessageContaining("twice");
        assertThatThrownBy(() -> Gs1ElementString.parse("0109506000134352" + "0105012345678900"))
                .hasMessageContaining("twice");
    }

    @Test
    void acceptsAnIdenticalRepeatOfAnElement() {
        Gs1ElementString es = Gs1ElementString.parse("0109506000134352" + "10A" + GS + "0109506000134352" + "10A");
        assertThat(es.fields()).containsExactly(java.util.Map.entry("01", "09506000134352"),
                java.util.Map.entry("10", "A"));
    }

    @Test
    void checksTheCheckDigitOfEveryKeyNotOnlyTheGtin() {
        assertThat(Gs1ElementString.parse("00" + "106141412345678908").get("00")).isPresent();
        assertRefused("00" + "106141412345678909", "SSCC (00) check digit is wrong");
        assertRefused("0109506000134353", "GTIN check digit is wrong");
        assertRefused("0209506000134353" + "3712", "content GTIN (02) check digit is wrong");
        assertRefused("8017501234594347659192", "GSRN (8017) check digit is wrong");
        assertRefused("8018501234594347659192", "wristband GSRN check digit is wrong");
        assertRefused("4145012345678901", "field (414) check digit is wrong");
    }

    private static void assertRefused(String data, String reason) {
        assertThatThrownBy(() -> Gs1ElementString.parse(data)).hasMessage(reason);
    }

    @Test
    void refusesDatesThatDoNotExistInEveryDateAi() {
        for (String ai : new String[] {"11", "12", "13", "15", "16", "17"}) {
            assertThatThrownBy(() -> Gs1ElementString.parse(ai + "260196")).as(ai).hasMessageContaining("(" + ai + ")");
            assertThatThrownBy(() -> Gs1ElementString.parse(ai + "261301")).as(ai).hasMessageContaining("month 13");
            assertThatThrownBy(() -> Gs1ElementString.parse(ai + "260230")).as(ai).hasMessageContaining("day 30");
            assertThat(Gs1ElementString.parse(ai + "280229").get(ai)).as(ai + " leap day").contains("280229");
        }
    }

    @Test
    void allowsDayZeroOnlyWhereGs1Does() {
        for (String ai : new String[] {"11", "12", "13", "15", "16", "17"}) {
            assertThat(Gs1ElementString.parse(ai + "261100").get(ai)).as(ai).contains("261100");
        }
        assertThatThrownBy(() -> Gs1ElementString.parse("7006261100")).hasMessageContaining("day 00");
        assertThatThrownBy(() -> Gs1ElementString.parse("7007261101261100")).hasMessageContaining("day 00");
        assertThat(Gs1ElementString.parse("7007261101261130").get("7007")).contains("261101261130");
    }

    @Test
    void limitsFieldsToTheLengthsOfTheGs1Table() {
        assertThat(Gs1ElementString.parse("90" + "A".repeat(30)).get("90")).isPresent();
        assertThatThrownBy(() -> Gs1ElementString.parse("90" + "A".repeat(31))).hasMessageContaining("outside 1..30");
        assertThat(Gs1ElementString.parse("716" + "A".repeat(20)).get("716")).isPresent();
        assertThatThrownBy(() -> Gs1ElementString.parse("716" + "A".repeat(21))).hasMessageContaining("outside 1..20");
        assertThat(Gs1ElementString.parse("91" + "A".repeat(90)).get("91")).isPresent();
    }

    @Test
    void rejectsEmptyAndBracketMismatch() {
        assertThatThrownBy(() -> Gs1ElementString.parse("")).hasMessageContaining("no GS1 fields");
        assertThatThrownBy(() -> Gs1ElementString.parseHumanReadable("(010)09506000134352"))
                .hasMessageContaining("not a known application identifier");
        assertThatThrownBy(() -> Gs1ElementString.parseHumanReadable("01)0950")).hasMessageContaining("expected '('");
    }
}
