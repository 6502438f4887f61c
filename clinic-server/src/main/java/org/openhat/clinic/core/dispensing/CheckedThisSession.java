package org.openhat.clinic.core.dispensing;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openhat.clinic.core.dosing.Verdict;

/**
 * The latest dose-check verdict per patient and session, so the dosing list can show who has been
 * checked but not yet dosed. Kept in memory on purpose: a check writes nothing (it is advisory;
 * the recorded dose keeps the check that decided), and it must stay fast. Lost on restart, which
 * only means a patient shows as "due" again.
 */
public class CheckedThisSession {
    private record Key(long patientId, LocalDate date, String session) {
    }

    private final Map<Key, Verdict> verdicts = new ConcurrentHashMap<>();

    public void remember(long patientId, LocalDate date, String session, Verdict verdict) {
        if (verdicts.size() > 10_000) {
            verdicts.keySet().removeIf(k -> k.date().isBefore(date.minusDays(1)));
        }
        verdicts.put(new Key(patientId, date, session), verdict);
    }

    public Optional<Verdict> verdict(long patientId, LocalDate date, String session) {
        return Optional.ofNullable(verdicts.get(new Key(patientId, date, session)));
    }
}
