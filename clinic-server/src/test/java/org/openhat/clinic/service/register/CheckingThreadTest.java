package org.openhat.clinic.service.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openhat.clinic.core.register.EntryKind;
import org.openhat.clinic.core.register.LedgerHead;
import org.openhat.clinic.core.register.RegisterEntry;

/** The verifier's second thread checks entries in line order and stops where a single-threaded walk would. */
class CheckingThreadTest {

    private static RegisterEntry entry(long seq) {
        return new RegisterEntry(1, seq, EntryKind.RECEIPT, Instant.EPOCH, Instant.EPOCH, 1, 2L, 1, seq, "B1", seq,
                null, null, null, "", LedgerHead.GENESIS, "h" + seq);
    }

    @Test
    void everyEntryIsCheckedOnceInLineOrder() {
        List<Long> seen = new CopyOnWriteArrayList<>();
        try (CheckingThread checking = new CheckingThread(e -> {
            seen.add(e.seq());
            return null;
        })) {
            for (long seq = 1; seq <= 5_000; seq++) {
                assertThat(checking.offer(entry(seq))).isTrue();
            }
            assertThat(checking.finish()).isNull();
        }
        List<Long> expected = new ArrayList<>();
        for (long seq = 1; seq <= 5_000; seq++) {
            expected.add(seq);
        }
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    @Timeout(20)
    void theFirstFailingEntryIsReportedAndNothingAfterItIsChecked() {
        List<Long> seen = new CopyOnWriteArrayList<>();
        String problem;
        long offered = 0;
        try (CheckingThread checking = new CheckingThread(e -> {
            seen.add(e.seq());
            return e.seq() >= 700 ? "entry " + e.seq() + " is wrong" : null;
        })) {
            // far more than the queue holds: the reader must neither block forever nor need to read them all
            for (long seq = 1; seq <= 200_000; seq++) {
                offered++;
                if (!checking.offer(entry(seq))) {
                    break;
                }
            }
            problem = checking.finish();
        }
        assertThat(problem).isEqualTo("entry 700 is wrong");
        assertThat(seen).hasSize(700).endsWith(700L);
        assertThat(offered).isLessThan(200_000);
    }

    @Test
    void aCheckThatFailsOutrightFailsTheWalk() {
        try (CheckingThread checking = new CheckingThread(e -> {
            throw new IllegalStateException("boom at " + e.seq());
        })) {
            checking.offer(entry(1));
            assertThatThrownBy(checking::finish).isInstanceOf(IllegalStateException.class).hasMessage("boom at 1");
        }
    }

    @Test
    void anEmptyLedgerHasNothingToReport() {
        try (CheckingThread checking = new CheckingThread(e -> "never called")) {
            assertThat(checking.finish()).isNull();
        }
    }
}
