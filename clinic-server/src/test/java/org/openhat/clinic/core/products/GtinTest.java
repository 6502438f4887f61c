package org.openhat.clinic.core.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openhat.clinic.core.ValidationException;

class GtinTest {
    @Test
    void padsShorterGtinsToFourteenDigits() {
        assertThat(new Gtin("5012345678900").digits()).isEqualTo("05012345678900");
    }

    @Test
    void acceptsTheGs1ExampleGtin() {
        assertThat(new Gtin("09506000134352").digits()).isEqualTo("09506000134352");
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertThatThrownBy(() -> new Gtin("09506000134353")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("check digit");
    }

    @Test
    void rejectsLettersAndOddLengths() {
        assertThatThrownBy(() -> new Gtin("0950600013435X")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new Gtin("123456789")).isInstanceOf(ValidationException.class);
    }
}
