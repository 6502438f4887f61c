package org.openhat.devices.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Gs1DatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void readsAPlainDate() {
        assertThat(Gs1Dates.parseYymmdd("261231", TODAY)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void dayZeroMeansLastDayOfTheMonthIncludingLeapYears() {
        assertThat(Gs1Dates.parseYymmdd("130200", TODAY)).isEqualTo(LocalDate.of(2013, 2, 28));
        assertThat(Gs1Dates.parseYymmdd("160200", TODAY)).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(Gs1Dates.parseYymmdd("271100", TODAY)).isEqualTo(LocalDate.of(2027, 11, 30));
    }

    @Test
    void centuryFollowsTheFortyNineBackFiftyAheadWindow() {
        assertThat(Gs1Dates.parseYymmdd("760101", TODAY).getYear()).isEqualTo(2076);
        assertThat(Gs1Dates.parseYymmdd("770101", TODAY).getYear()).isEqualTo(1977);
        assertThat(Gs1Dates.fullYear(49, 2099)).isEqualTo(2149);
        assertThat(Gs1Dates.fullYear(50, 2099)).isEqualTo(2050);
    }

    @Test
    void rejectsMonthsAndDaysThatDoNotExist() {
        assertThatThrownBy(() -> Gs1Dates.parseYymmdd("261301", TODAY)).hasMessageContaining("month 13");
        assertThatThrownBy(() -> Gs1Dates.parseYymmdd("260230", TODAY)).hasMessageContaining("day 30");
        assertThatThrownBy(() -> Gs1Dates.parseYymmdd("26023", TODAY)).hasMessageContaining("6 digits");
    }
}
