package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The canonical form is the register's contract with every hash already written: these bytes
 * must never change for v1 entries, whatever the code that writes them.
 */
class CanonicalEntryTest {
    private static final String PREV = "ab".repeat(32);

    private static RegisterEntry administration() {
        return new RegisterEntry(3, 42, EntryKind.ADMINISTRATION, Instant.ofEpochMilli(1795000000123L),
                Instant.ofEpochMilli(1795000000456L), 7, 9L, -2, 118, "DM100-26A117", 38L, "KIOSK-1", "REQ-9",
                null, "patient_name=Zoë O'Brien\npatient_address=1 Back\\\\Lane\\nTS1 1AA\ndose_mg=150\n", PREV, null);
    }

    private static final String ADMINISTRATION_V1 = "openhat-register/v1\n"
            + "ledger=3\nseq=42\nkind=ADMINISTRATION\noccurred_at=1795000000123\nrecorded_at=1795000000456\n"
            + "recorded_by=7\nsecond_staff=9\nampoules=-2\nbalance=118\nbatch=DM100-26A117\nbatch_balance=38\n"
            + "station=KIOSK-1\nsafe_request_ref=REQ-9\ncorrects_seq=\nprev=" + PREV + "\n"
            + "patient_name=Zoë O'Brien\npatient_address=1 Back\\\\Lane\\nTS1 1AA\ndose_mg=150\n";

    @Test
    void anAdministrationHasItsV1BytesIncludingNonAsciiNamesAndNegativeMovements() {
        assertThat(new String(CanonicalEntry.bytes(administration()), StandardCharsets.UTF_8))
                .isEqualTo(ADMINISTRATION_V1);
    }

    @Test
    void absentValuesAreEmptyAndTextColumnsAreEscaped() {
        RegisterEntry receipt = new RegisterEntry(1, 1, EntryKind.RECEIPT, Instant.ofEpochMilli(0),
                Instant.ofEpochMilli(0), 1, null, 10, 10, "B\n1\\x", 10L, null, null, null, "", LedgerHead.GENESIS,
                null);
        assertThat(new String(CanonicalEntry.bytes(receipt), StandardCharsets.UTF_8)).isEqualTo(
                "openhat-register/v1\nledger=1\nseq=1\nkind=RECEIPT\noccurred_at=0\nrecorded_at=0\nrecorded_by=1\n"
                        + "second_staff=\nampoules=10\nbalance=10\nbatch=B\\n1\\\\x\nbatch_balance=10\nstation=\n"
                        + "safe_request_ref=\ncorrects_seq=\nprev=" + LedgerHead.GENESIS + "\n");
    }

    @Test
    void theHashIsSha256OfTheBytesInLowerCaseHex() throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(ADMINISTRATION_V1.getBytes(StandardCharsets.UTF_8));
        assertThat(CanonicalEntry.hash(administration())).isEqualTo(java.util.HexFormat.of().formatHex(digest));
    }

    @Test
    void theExtremesOfALongAreWrittenInFull() {
        RegisterEntry e = new RegisterEntry(Long.MAX_VALUE, 1, EntryKind.CORRECTION, Instant.ofEpochMilli(0),
                Instant.ofEpochMilli(-1), 1, null, Long.MIN_VALUE, 0, null, null, null, null, 1L, "", PREV, null);
        assertThat(new String(CanonicalEntry.bytes(e), StandardCharsets.UTF_8))
                .contains("ledger=9223372036854775807\n").contains("ampoules=-9223372036854775808\n")
                .contains("recorded_at=-1\n").contains("corrects_seq=1\n");
    }
}
