package org.openhat.clinic.core.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical bytes of an entry and its hash. Every stored column except the hash itself is in
 * the bytes, including the previous entry's hash, so changing any entry (or reordering, or
 * removing one) breaks the chain from there on. The layout is versioned and must never change
 * for existing entries.
 */
public final class CanonicalEntry {
    private static final String VERSION = "openhat-register/v1\n";
    private static final HexFormat HEX = HexFormat.of();
    /** One digest per thread: looking SHA-256 up among the security providers costs more than hashing an entry. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(CanonicalEntry::digest);

    private CanonicalEntry() {
    }

    public static byte[] bytes(RegisterEntry e) {
        StringBuilder s = new StringBuilder(160 + e.details().length());
        s.append(VERSION)
                .append("ledger=").append(e.ledgerId()).append('\n')
                .append("seq=").append(e.seq()).append('\n')
                .append("kind=").append(e.kind().name()).append('\n')
                .append("occurred_at=").append(e.occurredAt().toEpochMilli()).append('\n')
                .append("recorded_at=").append(e.recordedAt().toEpochMilli()).append('\n')
                .append("recorded_by=").append(e.recordedBy()).append('\n')
                .append("second_staff=").append(orEmpty(e.secondStaffId())).append('\n')
                .append("ampoules=").append(e.ampoules()).append('\n')
                .append("balance=").append(e.balance()).append('\n')
                .append("batch=").append(text(e.batch())).append('\n')
                .append("batch_balance=").append(orEmpty(e.batchBalance())).append('\n')
                .append("station=").append(text(e.stationCode())).append('\n')
                .append("safe_request_ref=").append(text(e.safeRequestRef())).append('\n')
                .append("corrects_seq=").append(orEmpty(e.correctsSeq())).append('\n')
                .append("prev=").append(e.prevHash()).append('\n')
                .append(e.details());
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String hash(RegisterEntry e) {
        return hex(SHA_256.get().digest(bytes(e)));
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String orEmpty(Long value) {
        return value == null ? "" : value.toString();
    }

    private static String text(String value) {
        return value == null ? "" : Details.escape(value);
    }
}
