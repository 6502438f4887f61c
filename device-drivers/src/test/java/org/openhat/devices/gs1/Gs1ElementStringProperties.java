package org.openhat.devices.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.openhat.devices.ids.Gs1CheckDigit;

/** Every element of a symbol is checked: keys by check digit, dates by the calendar, repeats by value. */
class Gs1ElementStringProperties {
    private static final String GS = "\u001D";

    @Property(tries = 300)
    void aKeyIsReadOnlyWithItsOwnCheckDigit(@ForAll @NumericChars @StringLength(17) String data,
                                            @ForAll @IntRange(min = 0, max = 9) int checkDigit) {
        String sscc = data + checkDigit;
        String gtin = data.substring(4) + checkDigit;
        boolean right = checkDigit == Gs1CheckDigit.compute(data);
        for (String element : new String[] {"00" + sscc, "8018" + sscc, "8017" + sscc}) {
            if (right) {
                assertThat(Gs1ElementString.parse(element).fields()).hasSize(1);
            } else {
                assertThatThrownBy(() -> Gs1ElementString.parse(element)).hasMessageContaining("check digit");
            }
        }
        boolean gtinRight = checkDigit == Gs1CheckDigit.compute(data.substring(4));
        if (!gtinRight) {
            // a bad GTIN refuses the symbol even when a good wristband comes first
            assertThatThrownBy(() -> Gs1ElementString.parse("8018501234594347659191" + GS + "01" + gtin))
                    .hasMessage("GTIN check digit is wrong");
        }
    }

    @Property(tries = 500)
    void aDateElementIsReadOnlyWhenItsDayExists(@ForAll @NumericChars @StringLength(6) String yymmdd) {
        boolean exists = exists(yymmdd);
        for (String ai : new String[] {"11", "13", "15", "16", "17"}) {
            if (exists) {
                assertThat(Gs1ElementString.parse("0109506000134352" + ai + yymmdd).get(ai)).contains(yymmdd);
            } else {
                assertThatThrownBy(() -> Gs1ElementString.parse("0109506000134352" + ai + yymmdd))
                        .isInstanceOf(Gs1FormatException.class).hasMessageContaining("(" + ai + ")");
            }
        }
    }

    @Property(tries = 200)
    void anIdenticalRepeatChangesNothingAndAConflictingOneIsRefused(
            @ForAll @StringLength(min = 1, max = 20) @net.jqwik.api.constraints.AlphaChars String batch,
            @ForAll @StringLength(min = 1, max = 20) @net.jqwik.api.constraints.AlphaChars String other) {
        String once = "0109506000134352" + "10" + batch;
        assertThat(Gs1ElementString.parse(once + GS + "10" + batch)).isEqualTo(Gs1ElementString.parse(once));
        if (!other.equals(batch)) {
            assertThatThrownBy(() -> Gs1ElementString.parse(once + GS + "10" + other)).hasMessageContaining("twice");
        }
    }

    /** YYMMDD with day 00 as the month's end; the year as 20YY. */
    private static boolean exists(String yymmdd) {
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        try {
            LocalDate first = LocalDate.of(2000 + Integer.parseInt(yymmdd.substring(0, 2)), month, 1);
            return day == 0 || day <= first.lengthOfMonth();
        } catch (DateTimeException e) {
            return false;
        }
    }
}
