package org.openhat.clinic.core.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calendar configuration as plain data, so the server can bind it from YAML (§7.2
 * {@code session_windows}, {@code days_open}). Null parts take the documented defaults.
 *
 * @param zone            clinic time zone; default Europe/London
 * @param sessionWindows  the usual sessions of an open day; default AM 08:00–11:00, PM 15:00–18:00
 * @param daysOpen        weekdays the clinic opens; default all seven
 * @param weekdaySessions different sessions for particular weekdays (e.g. a shorter Sunday)
 * @param dateExceptions  sessions for particular dates; an empty list closes the clinic that date
 */
public record ScheduleParameters(
        String zone,
        List<SessionWindow> sessionWindows,
        Set<DayOfWeek> daysOpen,
        Map<DayOfWeek, List<SessionWindow>> weekdaySessions,
        Map<LocalDate, List<SessionWindow>> dateExceptions) {

    public static final String DEFAULT_ZONE = "Europe/London";

    public ScheduleParameters {
        zone = zone == null ? DEFAULT_ZONE : zone;
        sessionWindows = sessionWindows == null ? defaultWindows() : List.copyOf(sessionWindows);
        daysOpen = daysOpen == null ? EnumSet.allOf(DayOfWeek.class) : Set.copyOf(daysOpen);
        weekdaySessions = weekdaySessions == null ? Map.of() : Map.copyOf(weekdaySessions);
        dateExceptions = dateExceptions == null ? Map.of() : Map.copyOf(dateExceptions);
    }

    public static ScheduleParameters defaults() {
        return new ScheduleParameters(null, null, null, null, null);
    }

    private static List<SessionWindow> defaultWindows() {
        return List.of(SessionWindow.of("AM", "08:00", "11:00"), SessionWindow.of("PM", "15:00", "18:00"));
    }
}
