package org.openhat.clinic.core.dosing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A patient's administrations, oldest first, with searches by time that cost O(log n) so a year of
 * history (~730 doses) costs no more than a week. The history is kept exactly as the server gave
 * it: if it is out of order, {@link #isChronological()} says so and the engine refuses to judge
 * rather than quietly sorting over a database bug.
 */
public final class DoseHistory {

    private static final DoseHistory EMPTY = new DoseHistory(List.of());

    private final List<Administration> administrations;
    private final boolean chronological;

    private DoseHistory(List<Administration> administrations) {
        this.administrations = administrations;
        this.chronological = checkChronological(administrations);
    }

    /** Null administrations or instants are refused here; the rest is judged by the engine. */
    public static DoseHistory of(List<Administration> administrations) {
        return administrations.isEmpty() ? EMPTY : new DoseHistory(List.copyOf(administrations));
    }

    public static DoseHistory empty() {
        return EMPTY;
    }

    public boolean isChronological() {
        return chronological;
    }

    public boolean isEmpty() {
        return administrations.isEmpty();
    }

    public List<Administration> all() {
        return administrations;
    }

    public Optional<Administration> last() {
        return isEmpty() ? Optional.empty() : Optional.of(administrations.get(administrations.size() - 1));
    }

    /** Administrations with {@code from <= at < until}. */
    public List<Administration> between(Instant from, Instant until) {
        return administrations.subList(firstAtOrAfter(from), firstAtOrAfter(until));
    }

    /** The latest administration strictly before {@code instant}, if any. */
    public Optional<Administration> lastBefore(Instant instant) {
        int index = firstAtOrAfter(instant) - 1;
        return index < 0 ? Optional.empty() : Optional.of(administrations.get(index));
    }

    private int firstAtOrAfter(Instant instant) {
        int low = 0;
        int high = administrations.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (administrations.get(middle).at().isBefore(instant)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static boolean checkChronological(List<Administration> administrations) {
        for (int i = 1; i < administrations.size(); i++) {
            if (administrations.get(i).at().isBefore(administrations.get(i - 1).at())) {
                return false;
            }
        }
        return true;
    }
}
