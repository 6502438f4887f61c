package org.openhat.clinic.core.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueTypesTest {

    @Test
    void milligramsAddUpExactlyWhereDoublesDrift() {
        Milligrams tenth = Milligrams.parse("0.1");
        Milligrams sum = Milligrams.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(tenth);
        }
        assertThat(sum).isEqualTo(Milligrams.of(1));
        assertThat(sum.toString()).isEqualTo("1 mg");
        assertThat(Milligrams.parse("12.5").toString()).isEqualTo("12.5 mg");
        assertThat(Milligrams.of(new BigDecimal("0.001")).micrograms()).isEqualTo(1);
        assertThat(Milligrams.of(30).toBigDecimal()).isEqualByComparingTo("30");
    }

    @Test
    void milligramsAreWrittenForPeopleAsThePlainDecimalWithoutTrailingZeros() {
        assertThat(new Milligrams(0)).hasToString("0 mg");
        assertThat(new Milligrams(5)).hasToString("0.005 mg");
        assertThat(new Milligrams(50)).hasToString("0.05 mg");
        assertThat(new Milligrams(1_500)).hasToString("1.5 mg");
        assertThat(new Milligrams(190_000)).hasToString("190 mg");
        assertThat(new Milligrams(Long.MAX_VALUE)).hasToString("9223372036854775.807 mg");
        // every amount up to 200 mg, microgram by microgram, reads as the exact decimal would
        List<String> misread = new java.util.ArrayList<>();
        for (long micrograms = 0; micrograms <= 200_000; micrograms++) {
            String exact = BigDecimal.valueOf(micrograms, 3).stripTrailingZeros().toPlainString() + " mg";
            if (!new Milligrams(micrograms).toString().equals(exact)) {
                misread.add(micrograms + " µg as " + new Milligrams(micrograms));
            }
        }
        assertThat(misread).isEmpty();
    }

    @Test
    void milligramsRefuseNegativeAndSubMicrogramAmounts() {
        assertThatThrownBy(() -> new Milligrams(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Milligrams.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Milligrams.parse("0.0001")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole micrograms");
        assertThatThrownBy(() -> Milligrams.of(10).minus(Milligrams.of(11))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Milligrams.of(10).percent(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Milligrams.of(Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest(name = "{1} % of {0} mg = {2} mg")
    @CsvSource({"200,50,100", "15,50,7.5", "0.003,50,0.001", "100,0,0", "100,100,100", "33.333,150,49.999"})
    void percentagesRoundDownBecauseEveryPercentageIsACeiling(String mg, int percent, String expected) {
        assertThat(Milligrams.parse(mg).percent(percent)).isEqualTo(Milligrams.parse(expected));
    }

    @Test
    void milligramsCompareAndSubtract() {
        Milligrams ten = Milligrams.of(10);
        Milligrams twenty = Milligrams.of(20);
        assertThat(twenty.minus(ten)).isEqualTo(ten);
        assertThat(ten.remainingAfter(twenty)).isEqualTo(Milligrams.ZERO);
        assertThat(twenty.remainingAfter(ten)).isEqualTo(ten);
        assertThat(ten.min(twenty)).isSameAs(ten);
        assertThat(twenty.min(ten)).isSameAs(ten);
        assertThat(ten.min(Milligrams.of(10))).isSameAs(ten);
        assertThat(twenty.isGreaterThan(ten)).isTrue();
        assertThat(ten.isGreaterThan(ten)).isFalse();
        assertThat(ten.compareTo(twenty)).isNegative();
        assertThat(Milligrams.ZERO.isZero()).isTrue();
        assertThat(ten.isZero()).isFalse();
    }

    @Test
    void verdictsAreOrderedBySeverity() {
        assertThat(Verdict.ALLOW.worse(Verdict.ALLOW_REDUCED)).isEqualTo(Verdict.ALLOW_REDUCED);
        assertThat(Verdict.WITHHOLD.worse(Verdict.ALLOW_REDUCED)).isEqualTo(Verdict.WITHHOLD);
        assertThat(Verdict.WITHHOLD.worse(Verdict.REFER_TO_PRESCRIBER)).isEqualTo(Verdict.REFER_TO_PRESCRIBER);
        assertThat(Verdict.ALLOW.blocksDose()).isFalse();
        assertThat(Verdict.ALLOW_REDUCED.blocksDose()).isFalse();
        assertThat(Verdict.WITHHOLD.blocksDose()).isTrue();
        assertThat(Verdict.REFER_TO_PRESCRIBER.blocksDose()).isTrue();
    }

    @Test
    void findingsKeepReductionsHonest() {
        Map<String, String> none = Map.of();
        assertThatThrownBy(() -> new Finding(RuleId.CO_USE, Verdict.ALLOW_REDUCED, null, "r", none))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Finding(RuleId.CO_USE, Verdict.ALLOW, Milligrams.of(1), "r", none))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Finding.reduceTo(RuleId.CO_USE, Milligrams.ZERO, "r", none))
                .hasMessageContaining("WITHHOLD");
        assertThat(Finding.advisory(RuleId.CO_USE, "r", none).isAdvisory()).isTrue();
        assertThat(Finding.withhold(RuleId.CO_USE, "r", none).isAdvisory()).isFalse();
        assertThat(Figures.of("a", 1, "b", null)).containsExactly(Map.entry("a", "1"), Map.entry("b", "null"));
        assertThatThrownBy(() -> Figures.of("a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void historySearchesByTimeAndNoticesDisorder() {
        Instant t0 = Instant.parse("2026-06-01T08:00:00Z");
        Administration a = new Administration(t0, Milligrams.of(10), "AM", "P");
        Administration b = new Administration(t0.plusSeconds(3600), Milligrams.of(20), "AM", "P");
        Administration c = new Administration(t0.plusSeconds(7200), Milligrams.of(30), "PM", "P");
        DoseHistory history = DoseHistory.of(List.of(a, b, c));
        assertThat(history.isChronological()).isTrue();
        assertThat(history.between(t0.plusSeconds(1), t0.plusSeconds(7200))).containsExactly(b);
        assertThat(history.between(t0, t0.plusSeconds(7201))).containsExactly(a, b, c);
        assertThat(history.lastBefore(t0)).isEmpty();
        assertThat(history.lastBefore(t0.plusSeconds(3601))).contains(b);
        assertThat(history.last()).contains(c);
        assertThat(DoseHistory.of(List.of())).isSameAs(DoseHistory.empty());
        assertThat(DoseHistory.empty().last()).isEmpty();
        assertThat(DoseHistory.of(List.of(a, c, b)).isChronological()).isFalse();
        assertThat(DoseHistory.of(List.of(a, a)).isChronological()).isTrue();
    }

    @Test
    void administrationsNeedEveryPart() {
        Instant now = Instant.parse("2026-06-01T08:00:00Z");
        assertThatThrownBy(() -> new Administration(null, Milligrams.ZERO, "AM", "P")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Administration(now, null, "AM", "P")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Administration(now, Milligrams.ZERO, null, "P")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Administration(now, Milligrams.ZERO, "AM", null)).isInstanceOf(NullPointerException.class);
    }
}
