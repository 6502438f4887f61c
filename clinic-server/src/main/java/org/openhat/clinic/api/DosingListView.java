package org.openhat.clinic.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openhat.clinic.core.dispensing.DosingListEntry;

/**
 * A session's dosing list, with the end-of-session stock counts still to do: a register page is
 * due a count when no stock check has been entered since the session opened.
 */
public record DosingListView(LocalDate date, String session, List<Entry> patients, List<StockCount> stockCounts) {
    public record StockCount(long ledgerId, String heading, boolean due, long movementsThisSession) {
    }

    public record Entry(long patientId, String name, BigDecimal prescribedMg, String state, Long administrationId,
                        BigDecimal givenMg, Instant mayLeaveAt, int consecutiveMissedDays, String note) {
        static Entry of(DosingListEntry e) {
            return new Entry(e.patientId(), e.name(), e.prescribed().toBigDecimal(), e.state(), e.administrationId(),
                    e.given() == null ? null : e.given().toBigDecimal(), e.mayLeaveAt(), e.consecutiveMissedDays(), e.note());
        }
    }

    public static DosingListView of(LocalDate date, String session, List<DosingListEntry> entries,
                                    List<StockCount> stockCounts) {
        return new DosingListView(date, session, entries.stream().map(Entry::of).toList(), stockCounts);
    }
}
