package org.openhat.clinic.service.staff;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed sign-ins against usernames or badge codes that no account has, remembered so that an
 * unknown name is slowed down and locked on exactly the schedule a real account is: otherwise
 * the first 429 would tell an attacker the name exists. The memory is bounded: past
 * {@code capacity} names the longest-unused is forgotten, so nobody can grow it by trying
 * made-up names. (Forgetting only ever lets an unknown name try again sooner, which reveals
 * nothing an attacker flooding the memory did not already spend.)
 */
final class UnknownNameFailures {
    /** How many unknown names are remembered; a few hundred kilobytes at most. */
    static final int DEFAULT_CAPACITY = 10_000;

    record Failures(int count, Instant lastAt) {
        static final Failures NONE = new Failures(0, null);
    }

    private final Map<String, Failures> byName;

    UnknownNameFailures(int capacity) {
        this.byName = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Failures of(String name) {
        return byName.getOrDefault(name, Failures.NONE);
    }

    /** Counts one more failure and returns the new count. */
    synchronized int failed(String name, Instant at) {
        int count = byName.getOrDefault(name, Failures.NONE).count() + 1;
        byName.put(name, new Failures(count, at));
        return count;
    }

    synchronized int size() {
        return byName.size();
    }
}
