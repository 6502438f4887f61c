package org.openhat.clinic.core.register;

/**
 * What walking a ledger found: either every entry matches (its content, its link to the one
 * before, the running balances, the signed checkpoints and the head), or the first entry that
 * does not, and why.
 */
public record VerifyResult(long ledgerId, boolean intact, long entriesChecked, long checkpointsChecked,
                           Long firstBadSeq, String problem, String headHash) {

    static VerifyResult intact(long ledgerId, long entries, long checkpoints, String headHash) {
        return new VerifyResult(ledgerId, true, entries, checkpoints, null, null, headHash);
    }

    static VerifyResult broken(long ledgerId, long entries, long checkpoints, long seq, String problem) {
        return new VerifyResult(ledgerId, false, entries, checkpoints, seq, problem, null);
    }

    public String describe() {
        return intact
                ? "ledger " + ledgerId + ": " + entriesChecked + " entries and " + checkpointsChecked
                        + " checkpoints intact; head " + headHash
                : "ledger " + ledgerId + ": entry " + firstBadSeq + " does not match: " + problem;
    }
}
