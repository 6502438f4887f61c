package org.openhat.clinic.db.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ColumnReaderTest {

    @Test
    void readsAStoredDateAsTheIsoFormatterDoes() {
        for (LocalDate day = LocalDate.of(2023, 12, 25); day.isBefore(LocalDate.of(2028, 3, 2)); day = day.plusDays(1)) {
            assertThat(ColumnReader.isoDate(day.toString())).isEqualTo(day);
        }
        assertThat(ColumnReader.isoDate("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
    }

    @Test
    void refusesAnImpossibleDateLikeTheFormatter() {
        assertThatThrownBy(() -> ColumnReader.isoDate("2026-02-30")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> ColumnReader.isoDate("2026-13-01")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> ColumnReader.isoDate("2026-1x-01")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> ColumnReader.isoDate("26-01-01")).isInstanceOf(DateTimeException.class);
    }
}
