package org.openhat.clinic.core.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clinic's sessions in local (Europe/London) time. Pure: every method takes the time it is
 * asked about and nothing here reads a clock.
 *
 * <p>Clock changes. A session is one continuous stretch of real time on one clinic date:
 * <ul>
 *   <li>It opens at the <em>first</em> instant the wall clock shows its opening time and closes at
 *       the <em>last</em> instant the wall clock reaches its closing time. So on the October change
 *       day a window 01:00–02:00 opens at 01:00 BST and closes at 02:00 GMT: two real hours, and
 *       both readings of 01:30 fall inside the same session (which can still be dosed only once).</li>
 *   <li>A time that does not exist (inside the March gap, 01:00–02:00) is read as the moment the
 *       clock jumps (01:00 GMT = 02:00 BST). A window 00:30–01:30 on that day therefore lasts 30 real
 *       minutes, and a window wholly inside the gap never opens; a clinic that really runs a
 *       session at that hour must add a date exception.</li>
 * </ul>
 * The default sessions (08:00–11:00, 15:00–18:00) are far from both changes.
 */
public final class ClinicCalendar {

    private final ZoneId zone;
    private final ZoneRules rules;
    private final Map<DayOfWeek, DaySchedule> weekly;
    private final Map<LocalDate, DaySchedule> exceptions;

    private ClinicCalendar(ZoneId zone, Map<DayOfWeek, DaySchedule> weekly, Map<LocalDate, DaySchedule> exceptions) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.weekly = weekly;
        this.exceptions = exceptions;
    }

    public static ClinicCalendar defaults() {
        return of(ScheduleParameters.defaults());
    }

    public static ClinicCalendar of(ScheduleParameters parameters) {
        DaySchedule usual = new DaySchedule(parameters.sessionWindows());
        Map<DayOfWeek, DaySchedule> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<SessionWindow> special = parameters.weekdaySessions().get(day);
            DaySchedule schedule = special == null ? usual : new DaySchedule(special);
            weekly.put(day, parameters.daysOpen().contains(day) ? schedule : DaySchedule.closed());
        }
        Map<LocalDate, DaySchedule> exceptions = new java.util.HashMap<>();
        parameters.dateExceptions().forEach((date, windows) -> exceptions.put(date, new DaySchedule(windows)));
        return new ClinicCalendar(ZoneId.of(parameters.zone()), weekly, Map.copyOf(exceptions));
    }

    public ZoneId zone() {
        return zone;
    }

    /** The clinic date an instant belongs to: the date on the clinic's wall calendar. */
    public LocalDate clinicDate(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** The first instant of a clinic date (a day is 23 or 25 hours long on change days). */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    public DaySchedule scheduleFor(LocalDate date) {
        DaySchedule exception = exceptions.get(date);
        return exception != null ? exception : weekly.get(date.getDayOfWeek());
    }

    /** The sessions that really open on a date, placed in real time. */
    public List<SessionSlot> slotsOn(LocalDate date) {
        List<SessionSlot> slots = new ArrayList<>(DaySchedule.MAX_SESSIONS_PER_DAY);
        for (SessionWindow window : scheduleFor(date).sessions()) {
            SessionSlot slot = new SessionSlot(date, window,
                    firstInstantShowing(date, window.opens()), lastInstantShowing(date, window.closes()));
            if (!slot.isEmpty()) {
                slots.add(slot);
            }
        }
        return slots;
    }

    /** The session an instant falls in, or empty when the clinic is between sessions or closed. */
    public Optional<SessionSlot> sessionAt(Instant at) {
        for (SessionSlot slot : slotsOn(clinicDate(at))) {
            if (slot.contains(at)) {
                return Optional.of(slot);
            }
        }
        return Optional.empty();
    }

    private Instant firstInstantShowing(LocalDate date, LocalTime time) {
        LocalDateTime local = date.atTime(time);
        ZoneOffsetTransition transition = rules.getTransition(local);
        if (transition == null) {
            return local.atZone(zone).toInstant();
        }
        // gap: the clock jumps past this time, so use the jump; overlap: the earlier reading
        return transition.isGap() ? transition.getInstant() : local.toInstant(transition.getOffsetBefore());
    }

    private Instant lastInstantShowing(LocalDate date, LocalTime time) {
        LocalDateTime local = date.atTime(time);
        ZoneOffsetTransition transition = rules.getTransition(local);
        if (transition == null) {
            return local.atZone(zone).toInstant();
        }
        return transition.isGap() ? transition.getInstant() : local.toInstant(transition.getOffsetAfter());
    }
}
