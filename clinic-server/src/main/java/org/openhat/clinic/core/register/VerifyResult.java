package org.openhat.clinic.core.register;

/**
 * What walking a ledger found: either every entry matches (its content, its link to the one
 * before, the running balances, the signed checkpoints and the head), or the first entry that
 * does not, and why. {@code sealedThrough} is the last entry a signed checkpoint seals (0 for
 * none): entries after it are not yet under any signature.
 */
public record VerifyResult(long ledgerId, boolean intact, long entriesChecked, long checkpointsChecked,
                           Long firstBadSeq, String problem, String headHash, long sealedThrough) {

    public static VerifyResult intact(long ledgerId, long entries, long checkpoints, String headHash, long sealedThrough) {
        return new VerifyResult(ledgerId, true, entries, checkpoints, null, null, headHash, sealedThrough);
    }

    public static VerifyResult broken(long ledgerId, long entries, long checkpoints, long seq, String problem) {
        return new VerifyResult(ledgerId, false, entries, checkpoints, seq, problem, null, 0);
    }

    public String describe() {
        if (!intact) {
            return "ledger " + ledgerId + ": entry " + firstBadSeq + " does not match: " + problem;
        }
        String text = "ledger " + ledgerId + ": " + entriesChecked + " entries and " + checkpointsChecked
                + " checkpoints intact; head " + headHash;
        if (entriesChecked > sealedThrough) {
            text += "; entries " + (sealedThrough + 1) + " to " + entriesChecked + " are not yet sealed by a checkpoint";
        }
        return text;
    }
}
