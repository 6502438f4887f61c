package org.openhat.devices.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GtinTest {

    @Test
    void computesTheGs1ExampleCheckDigit() {
        assertThat(Gs1CheckDigit.compute("0950600013435")).isEqualTo(2);
        assertThat(Gs1CheckDigit.isValid("09506000134352")).isTrue();
        assertThat(Gs1CheckDigit.isValid("05012345678900")).isTrue();
    }

    @Test
    void padsShorterGtinsToFourteenDigits() {
        assertThat(Gtin.of("5012345678900").value()).isEqualTo("05012345678900");
        assertThat(Gtin.of("09506000134352").value()).isEqualTo("09506000134352");
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertThatThrownBy(() -> Gtin.of("09506000134353")).hasMessage("GTIN check digit is wrong");
    }

    @Test
    void rejectsOddLengthsAndLetters() {
        assertThatThrownBy(() -> Gtin.of("123456789")).hasMessageContaining("8, 12, 13 or 14");
        assertThatThrownBy(() -> Gtin.of("0950600013435X")).hasMessageContaining("14 digits");
    }
}
