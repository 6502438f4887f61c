package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openhat.clinic.core.ValidationException;

/** Reg 20: a register entry is written on the day of the transaction or the next day, never ahead of it. */
class EntryDeadlineTest {

    private static void allowed(String occurredAt, String now) {
        assertThatCode(() -> EntryDeadline.check(Instant.parse(occurredAt), Instant.parse(now)))
                .doesNotThrowAnyException();
    }

    private static void refused(String occurredAt, String now, String reason) {
        assertThatThrownBy(() -> EntryDeadline.check(Instant.parse(occurredAt), Instant.parse(now)))
                .isInstanceOf(ValidationException.class).hasMessageContaining(reason);
    }

    @Test
    void anEntryForNowOrEarlierTodayIsAllowed() {
        allowed("2026-11-22T20:00:00Z", "2026-11-22T20:00:00Z");
        allowed("2026-11-22T00:00:00Z", "2026-11-22T20:00:00Z");
    }

    @Test
    void theKioskClockMayRunAFewMinutesAheadButNoMore() {
        allowed("2026-11-22T20:05:00Z", "2026-11-22T20:00:00Z");
        refused("2026-11-22T20:05:01Z", "2026-11-22T20:00:00Z", "in the future");
    }

    @Test
    void yesterdayFromItsFirstMomentIsAllowedAndTheDayBeforeIsNot() {
        allowed("2026-11-21T00:00:00Z", "2026-11-22T23:59:59Z");
        refused("2026-11-20T23:59:59Z", "2026-11-22T00:00:01Z", "more than a day ago");
    }

    @Test
    void justAfterMidnightTheWholeOfYesterdayStillCounts() {
        allowed("2026-11-21T00:00:30Z", "2026-11-22T00:00:10Z");
        refused("2026-11-20T23:59:50Z", "2026-11-22T00:00:10Z", "more than a day ago");
    }

    @Test
    void afterTheShortMarchDayYesterdayStillBeginsAtItsLocalMidnight() {
        // 29 March 2026 is 23 hours long in London; 00:30 BST on the 30th is 23:30 UTC on the 29th
        String now = "2026-03-29T23:30:00Z";
        allowed("2026-03-29T00:00:00Z", now);
        allowed(Instant.parse(now).minus(Duration.ofHours(23)).toString(), now);
        refused("2026-03-28T23:59:59Z", now, "more than a day ago");
    }

    @Test
    void afterTheLongOctoberDayYesterdayBeginsAnHourBeforeMidnightUtc() {
        // 25 October 2026 is 25 hours long in London, and began at 23:00 UTC on the 24th
        String now = "2026-10-26T00:30:00Z";
        allowed("2026-10-24T23:00:00Z", now);
        refused("2026-10-24T22:59:59Z", now, "more than a day ago");
    }
}
