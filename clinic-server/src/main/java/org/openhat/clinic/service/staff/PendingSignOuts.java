package org.openhat.clinic.service.staff;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sign-outs that could not be written because the disk was full. Signing out must still work
 * then (a nurse leaving a kiosk cannot wait for a disk), so the session is refused from memory
 * until the sign-out is written. Only a live session can sign out, so this holds at most one
 * entry per session that was open when the disk filled.
 */
final class PendingSignOuts {
    record SignOut(String tokenHash, long staffId, Instant at) {
    }

    private final Map<String, SignOut> byTokenHash = new LinkedHashMap<>();

    synchronized void add(SignOut signOut) {
        byTokenHash.putIfAbsent(signOut.tokenHash(), signOut);
    }

    synchronized boolean contains(String tokenHash) {
        return byTokenHash.containsKey(tokenHash);
    }

    synchronized boolean isEmpty() {
        return byTokenHash.isEmpty();
    }

    synchronized List<SignOut> all() {
        return List.copyOf(byTokenHash.values());
    }

    synchronized void written(SignOut signOut) {
        byTokenHash.remove(signOut.tokenHash());
    }
}
