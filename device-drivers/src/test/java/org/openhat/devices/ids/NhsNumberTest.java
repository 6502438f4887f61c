package org.openhat.devices.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NhsNumberTest {

    @Test
    void acceptsTheWorkedExampleWithOrWithoutSpaces() {
        assertThat(NhsNumber.of("9434765919").value()).isEqualTo("9434765919");
        assertThat(NhsNumber.of("943 476 5919").formatted()).isEqualTo("943 476 5919");
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertThatThrownBy(() -> NhsNumber.of("9434765918")).hasMessageContaining("check digit");
    }

    @Test
    void rejectsNumbersWhoseCheckDigitWouldBeTen() {
        assertThatThrownBy(() -> NhsNumber.of("1000000010")).hasMessageContaining("10");
    }

    @Test
    void acceptsCheckDigitZeroWhenRemainderIsZero() {
        // weighted sum of 943476508 is a multiple of 11: 11 - 0 = 11, written as 0
        assertThat(NhsNumber.isValid("9434765080")).isTrue();
        assertThat(NhsNumber.isValid("9434765081")).isFalse();
    }

    @Test
    void rejectsWrongLengthAndLetters() {
        assertThat(NhsNumber.isValid("943476591")).isFalse();
        assertThat(NhsNumber.isValid("94347659190")).isFalse();
        assertThat(NhsNumber.isValid("94347A5919")).isFalse();
        assertThat(NhsNumber.isValid(null)).isFalse();
    }

    @Test
    void neverShowsTheNumberInToString() {
        assertThat(NhsNumber.of("9434765919").toString()).doesNotContain("943").doesNotContain("5919");
    }
}
