package org.openhat.clinic.core.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openhat.clinic.core.ValidationException;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", "4010232137"})
    void acceptsNumbersWhoseCheckDigitMatches(String text) {
        assertThat(NhsNumber.parse(text).digits()).hasSize(10).containsOnlyDigits();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "4010232138", "1234567890"})
    void rejectsNumbersWithTheWrongCheckDigit(String text) {
        assertThatThrownBy(() -> NhsNumber.parse(text))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("check digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "943476591", "94347659190", "94347659A9"})
    void rejectsAnythingButTenDigits(String text) {
        assertThatThrownBy(() -> NhsNumber.parse(text)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("10 digits");
    }

    @Test
    void refusesNineDigitsWhoseCheckWouldBeTen() {
        // 000000006 weighs to 12; 11 - (12 mod 11) = 10, which no NHS number may carry.
        assertThat(NhsNumber.checkDigit("000000006")).isEqualTo(-1);
    }

    @Test
    void neverPrintsTheWholeNumber() {
        assertThat(NhsNumber.parse("9434765919").toString()).doesNotContain("9434765919").endsWith("919]");
    }
}
