package org.openhat.clinic.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openhat.clinic.core.dispensing.DosingListEntry;

/**
 * A session's dosing list, with the end-of-session stock counts still to do: a register page is
 * due a count when no stock check has been entered since the session opened. An entry's {@code note}
 * is free text about the patient: the kiosk shows on the shared list only that there is one, and its
 * words on the patient's card.
 */
public record DosingListView(LocalDate date, String session, List<Entry> patients, List<StockCount> stockCounts) {
    public record StockCount(long ledgerId, String heading, boolean due, long movementsThisSession) {
    }

    public record Entry(long patientId, String name, BigDecimal prescribedMg, String state, Long administrationId,
                        BigDecimal givenMg, Instant mayLeaveAt, int consecutiveMissedDays, String note,
                        String lastCheckVerdict) {
        static Entry of(DosingListEntry e) {
            return new Entry(e.patientId(), e.name(), e.prescribed().toBigDecimal(), e.state(), e.administrationId(),
                    e.given() == null ? null : e.given().toBigDecimal(), e.mayLeaveAt(), e.consecutiveMissedDays(), e.note(),
                    e.lastCheckVerdict());
        }
    }

    public static DosingListView of(LocalDate date, String session, List<DosingListEntry> entries,
                                    List<StockCount> stockCounts) {
        return new DosingListView(date, session, entries.stream().map(Entry::of).toList(), stockCounts);
    }
}
