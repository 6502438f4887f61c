package org.openhat.clinic.core.schedule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The sessions of one clinic day, in time order; an empty schedule means the clinic is closed. */
public record DaySchedule(List<SessionWindow> sessions) {

    /** More than three injecting sessions a day is outside every programme in the sources. */
    public static final int MAX_SESSIONS_PER_DAY = 3;

    public DaySchedule {
        sessions = List.copyOf(sessions);
        if (sessions.size() > MAX_SESSIONS_PER_DAY) {
            throw new IllegalArgumentException("at most " + MAX_SESSIONS_PER_DAY + " sessions a day");
        }
        Set<String> names = new HashSet<>();
        SessionWindow previous = null;
        for (SessionWindow window : sessions) {
            if (!names.add(window.name())) {
                throw new IllegalArgumentException("session name used twice: " + window.name());
            }
            if (previous != null && window.opens().isBefore(previous.closes())) {
                throw new IllegalArgumentException(
                        "sessions must be in time order and not overlap: " + previous.name() + ", " + window.name());
            }
            previous = window;
        }
    }

    public static DaySchedule closed() {
        return new DaySchedule(List.of());
    }

    public static DaySchedule of(SessionWindow... sessions) {
        return new DaySchedule(new ArrayList<>(List.of(sessions)));
    }

    public boolean isClosed() {
        return sessions.isEmpty();
    }

    public Optional<SessionWindow> session(String name) {
        return sessions.stream().filter(w -> w.name().equals(name)).findFirst();
    }
}
