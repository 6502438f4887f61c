package org.openhat.clinic.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClinicCalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final ClinicCalendar defaults = ClinicCalendar.defaults();

    private static Instant london(String local) {
        return LocalDateTime.parse(local).atZone(LONDON).toInstant();
    }

    private static Instant at(String local, int offsetHours) {
        return LocalDateTime.parse(local).toInstant(ZoneOffset.ofHours(offsetHours));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(value = {"2026-06-10T07:59:59,NULL", "2026-06-10T08:00,AM", "2026-06-10T10:59:59,AM",
        "2026-06-10T11:00,NULL", "2026-06-10T15:00,PM", "2026-06-10T17:59:59,PM", "2026-06-10T18:00,NULL",
        "2026-12-25T09:00,AM"}, nullValues = "NULL")
    void resolvesTheDefaultSessions(String local, String session) {
        assertThat(defaults.sessionAt(london(local)).map(SessionSlot::name).orElse(null)).isEqualTo(session);
    }

    @Test
    void clinicDateChangesAtLocalMidnightNotUtc() {
        // 23:30 BST on 10 June is 22:30 UTC the same day; 00:30 BST on 11 June is still 10 June in UTC
        assertThat(defaults.clinicDate(london("2026-06-10T23:30"))).isEqualTo(LocalDate.parse("2026-06-10"));
        assertThat(defaults.clinicDate(london("2026-06-11T00:30"))).isEqualTo(LocalDate.parse("2026-06-11"));
        assertThat(defaults.clinicDate(Instant.parse("2026-06-10T23:30:00Z"))).isEqualTo(LocalDate.parse("2026-06-11"));
        assertThat(defaults.startOf(LocalDate.parse("2026-06-11"))).isEqualTo(Instant.parse("2026-06-10T23:00:00Z"));
    }

    @Test
    void clockChangeDaysAreTwentyThreeAndTwentyFiveHoursLong() {
        LocalDate march = LocalDate.parse("2026-03-29");
        LocalDate october = LocalDate.parse("2026-10-25");
        assertThat(Duration.between(defaults.startOf(march), defaults.startOf(march.plusDays(1)))).hasHours(23);
        assertThat(Duration.between(defaults.startOf(october), defaults.startOf(october.plusDays(1)))).hasHours(25);
        // the usual sessions keep their wall-clock times on both days
        assertThat(defaults.sessionAt(at("2026-03-29T08:00", 1))).map(SessionSlot::name).contains("AM");
        assertThat(defaults.sessionAt(at("2026-03-29T07:59", 1))).isEmpty();
        assertThat(defaults.sessionAt(at("2026-10-25T08:00", 0))).map(SessionSlot::name).contains("AM");
        assertThat(defaults.sessionAt(at("2026-10-25T08:00", 1))).isEmpty();
    }

    private static ClinicCalendar nightSession(String opens, String closes) {
        return ClinicCalendar.of(new ScheduleParameters(null,
                List.of(SessionWindow.of("NIGHT", opens, closes), SessionWindow.of("AM", "08:00", "11:00")),
                null, null, null));
    }

    @Test
    void octoberWindowAtHalfPastOneCoversBothReadingsOfTheClock() {
        ClinicCalendar calendar = nightSession("01:00", "02:00");
        SessionSlot slot = calendar.slotsOn(LocalDate.parse("2026-10-25")).get(0);
        assertThat(slot.opensAt()).isEqualTo(at("2026-10-25T01:00", 1));
        assertThat(slot.closesAt()).isEqualTo(at("2026-10-25T02:00", 0));
        assertThat(Duration.between(slot.opensAt(), slot.closesAt())).hasHours(2);
        assertThat(calendar.sessionAt(at("2026-10-25T01:30", 1))).contains(slot);
        assertThat(calendar.sessionAt(at("2026-10-25T01:30", 0))).contains(slot);
        assertThat(calendar.sessionAt(at("2026-10-25T02:00", 0))).isEmpty();
    }

    @Test
    void octoberWindowClosingInTheRepeatedHourStaysOpenUntilItsLastReading() {
        SessionSlot slot = nightSession("00:30", "01:30").slotsOn(LocalDate.parse("2026-10-25")).get(0);
        assertThat(slot.opensAt()).isEqualTo(at("2026-10-25T00:30", 1));
        assertThat(slot.closesAt()).isEqualTo(at("2026-10-25T01:30", 0));
    }

    @Test
    void marchWindowPartlyInTheGapIsShortened() {
        ClinicCalendar calendar = nightSession("00:30", "01:30");
        SessionSlot slot = calendar.slotsOn(LocalDate.parse("2026-03-29")).get(0);
        assertThat(slot.opensAt()).isEqualTo(at("2026-03-29T00:30", 0));
        assertThat(slot.closesAt()).isEqualTo(at("2026-03-29T02:00", 1));
        assertThat(Duration.between(slot.opensAt(), slot.closesAt())).hasMinutes(30);
        assertThat(calendar.sessionAt(at("2026-03-29T00:59", 0))).contains(slot);
        assertThat(calendar.sessionAt(at("2026-03-29T02:00", 1))).isEmpty();

        SessionSlot opensInGap = nightSession("01:30", "02:30").slotsOn(LocalDate.parse("2026-03-29")).get(0);
        assertThat(opensInGap.opensAt()).isEqualTo(at("2026-03-29T02:00", 1));
        assertThat(opensInGap.closesAt()).isEqualTo(at("2026-03-29T02:30", 1));
    }

    @Test
    void marchWindowWhollyInTheGapDoesNotOpen() {
        ClinicCalendar calendar = nightSession("01:10", "01:50");
        assertThat(calendar.slotsOn(LocalDate.parse("2026-03-29"))).extracting(SessionSlot::name).containsExactly("AM");
        assertThat(calendar.slotsOn(LocalDate.parse("2026-03-30"))).extracting(SessionSlot::name)
                .containsExactly("NIGHT", "AM");
    }

    @Test
    void exceptionsAndWeekdaysOverrideTheUsualSessions() {
        LocalDate christmas = LocalDate.parse("2026-12-25");
        LocalDate boxingDay = LocalDate.parse("2026-12-26");
        ClinicCalendar calendar = ClinicCalendar.of(new ScheduleParameters("Europe/London", null,
                Set.of(DayOfWeek.values()).stream().filter(d -> d != DayOfWeek.WEDNESDAY)
                        .collect(java.util.stream.Collectors.toSet()),
                Map.of(DayOfWeek.SUNDAY, List.of(SessionWindow.of("MID", "10:00", "13:00"))),
                Map.of(christmas, List.of(), boxingDay, List.of(SessionWindow.of("AM", "09:00", "10:00")))));
        assertThat(calendar.scheduleFor(christmas).isClosed()).isTrue();
        assertThat(calendar.sessionAt(london("2026-12-25T09:00"))).isEmpty();
        assertThat(calendar.sessionAt(london("2026-12-26T09:30"))).map(SessionSlot::name).contains("AM");
        assertThat(calendar.sessionAt(london("2026-12-26T10:30"))).isEmpty();
        assertThat(calendar.sessionAt(london("2026-06-14T10:30"))).map(SessionSlot::name).contains("MID");
        assertThat(calendar.scheduleFor(LocalDate.parse("2026-06-10")).isClosed()).isTrue();
        assertThat(calendar.scheduleFor(LocalDate.parse("2026-06-11")).session("PM")).isPresent();
        assertThat(calendar.scheduleFor(LocalDate.parse("2026-06-11")).session("EVE")).isEmpty();
        assertThat(calendar.zone()).isEqualTo(LONDON);
    }

    @Test
    void refusesImpossibleSessions() {
        assertThatThrownBy(() -> SessionWindow.of("AM", "11:00", "08:00")).hasMessageContaining("cross midnight");
        assertThatThrownBy(() -> SessionWindow.of("AM", "08:00", "08:00")).hasMessageContaining("cross midnight");
        assertThatThrownBy(() -> SessionWindow.of(" ", "08:00", "09:00")).hasMessageContaining("name");
        SessionWindow am = SessionWindow.of("AM", "08:00", "11:00");
        assertThatThrownBy(() -> DaySchedule.of(am, SessionWindow.of("AM", "12:00", "13:00")))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> DaySchedule.of(am, SessionWindow.of("MID", "10:00", "12:00")))
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> DaySchedule.of(am, SessionWindow.of("B", "11:00", "12:00"),
                SessionWindow.of("C", "12:00", "13:00"), SessionWindow.of("D", "13:00", "14:00")))
                .hasMessageContaining("at most 3");
        assertThat(DaySchedule.of(am, SessionWindow.of("B", "11:00", "12:00")).sessions()).hasSize(2);
    }
}
