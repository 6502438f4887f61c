package org.openhat.clinic.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.openhat.clinic.core.register.Administration;
import org.openhat.clinic.core.register.Ledger;
import org.openhat.clinic.core.register.Receipt;
import org.openhat.clinic.core.register.RegisterLine;
import org.openhat.clinic.core.register.VerifyResult;
import org.openhat.clinic.db.ClinicDatabase;
import org.openhat.clinic.db.JdbiTransactor;
import org.openhat.clinic.db.RegisterDao;
import org.openhat.clinic.db.StaffDao;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.register.RegisterService;
import org.openhat.clinic.service.register.RegisterVerifier;

/**
 * How long a kiosk's append waits while {@code register verify} walks a big ledger (issue 10:
 * at most 50 ms while a million entries are verified). Runs on the folder RegisterVerifyBenchmark
 * leaves (clinic.db with one ledger). A kiosk thread records a line through RegisterService every
 * 20 ms, a receipt and an administration in turn (as a kiosk would: the pool's connection, an
 * IMMEDIATE transaction on SQLite), while, in each round:
 * <ol>
 *   <li>nothing else runs, for as long as a verify took (the baseline);</li>
 *   <li>RegisterVerifier.verify walks the ledger in process.</li>
 * </ol>
 * An append's wait is measured from when it was due, not from when the kiosk thread got round to
 * it: an append held up behind the verify makes the ones due after it late too, and that lateness
 * is waiting all the same. A first round warms the JIT up and is printed but left out of the
 * totals. Arguments: folder [rounds, default 3] [interval ms, default 20].
 */
public final class RegisterVerifyWithAppendsBenchmark {
    private RegisterVerifyWithAppendsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long intervalNanos = (args.length > 2 ? Long.parseLong(args[2]) : 20) * 1_000_000L;
        RegisterBenchClinic.Reopened db = RegisterBenchClinic.reopen(dir.resolve("clinic.db"));
        try {
            Transactor transactor = new JdbiTransactor(db.database().jdbi());
            Kiosk kiosk = new Kiosk(db.database(), transactor);
            RegisterVerifier verifier = new RegisterVerifier(transactor, null);
            long lastVerifyNanos = 3_000_000_000L;
            Latencies allAlone = new Latencies();
            Latencies allDuring = new Latencies();
            double verifyTotal = 0;
            for (int r = 0; r <= rounds; r++) {
                String round = r == 0 ? "warm-up" : "round " + r;
                long baseline = lastVerifyNanos;
                Latencies alone = kiosk.appendFor(intervalNanos, () -> sleep(baseline));
                double[] verifySeconds = new double[1];
                Latencies during = kiosk.appendFor(intervalNanos, () -> {
                    long t0 = System.nanoTime();
                    VerifyResult result = verifier.verify(kiosk.ledgerId);
                    verifySeconds[0] = (System.nanoTime() - t0) / 1e9;
                    if (!result.intact()) {
                        throw new IllegalStateException(result.describe());
                    }
                    System.out.printf("%s: verify of %,d entries took %.2f s%n", round, result.entriesChecked(),
                            verifySeconds[0]);
                });
                lastVerifyNanos = (long) (verifySeconds[0] * 1e9);
                System.out.printf("%s: appends, no verify running:  %s%n", round, summary(alone));
                System.out.printf("%s: appends, while verify walks: %s%n", round, summary(during));
                if (r > 0) {
                    allAlone.addAll(alone);
                    allDuring.addAll(during);
                    verifyTotal += verifySeconds[0];
                }
            }
            System.out.printf("all %d rounds: verify took %.2f s on average%n", rounds, verifyTotal / rounds);
            System.out.printf("all %d rounds: appends, no verify running:  %s%n", rounds, summary(allAlone));
            System.out.printf("all %d rounds: appends, while verify walks: %s%n", rounds, summary(allDuring));
        } finally {
            db.database().close();
        }
    }

    private static String summary(Latencies l) {
        return String.format("count=%d  p50=%.2f ms  p99=%.2f ms  max=%.2f ms", l.count(), l.percentileMs(0.50),
                l.percentileMs(0.99), l.percentileMs(1.0));
    }

    private static void sleep(long nanos) {
        long until = System.nanoTime() + nanos;
        for (long left = nanos; left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /** One kiosk recording a line every interval on its own thread, through the service, as the server would. */
    private static final class Kiosk {
        private final RegisterService register;
        private final long ledgerId;
        private final long nurse;
        private final long secondNurse;
        private long n;

        Kiosk(ClinicDatabase database, Transactor transactor) {
            register = new RegisterService(transactor, Clock.systemUTC(), "MAIN");
            ledgerId = transactor.read(tx -> tx.dao(RegisterDao.class).ledgers().stream().findFirst()
                    .map(Ledger::id).orElseThrow());
            nurse = transactor.read(tx -> tx.dao(StaffDao.class).findByUsername("nurse.amara").orElseThrow().id());
            secondNurse = transactor.read(tx -> tx.dao(StaffDao.class).findByUsername("nurse.ben").orElseThrow().id());
        }

        /**
         * Appends every interval while {@code meanwhile} runs on this thread; the wait of each append
         * that fell due meanwhile, including those the kiosk only catches up with afterwards.
         */
        Latencies appendFor(long intervalNanos, Runnable meanwhile) throws InterruptedException {
            AtomicLong stopAt = new AtomicLong(Long.MAX_VALUE);
            long[] waits = new long[1 << 16];
            int[] count = new int[1];
            RuntimeException[] failed = new RuntimeException[1];
            Thread kiosk = new Thread(() -> {
                long due = System.nanoTime();
                try {
                    while (due <= stopAt.get() && count[0] < waits.length) {
                        long now = System.nanoTime();
                        if (now < due) {
                            // in short naps, so that the kiosk notices the end of the phase
                            LockSupport.parkNanos(Math.min(due - now, 5_000_000L));
                            continue;
                        }
                        register.record(ledgerId, nextLine(), nurse);
                        waits[count[0]++] = System.nanoTime() - due;
                        due += intervalNanos;
                    }
                } catch (RuntimeException e) {
                    failed[0] = e;
                }
            }, "kiosk");
            kiosk.start();
            try {
                meanwhile.run();
            } finally {
                stopAt.set(System.nanoTime());
                kiosk.join();
            }
            if (failed[0] != null) {
                throw failed[0];
            }
            Latencies latencies = new Latencies();
            latencies.addAll(waits, count[0]);
            return latencies;
        }

        /** A receipt of one ampoule, then an administration of it: the ledger's balance never runs out. */
        private RegisterLine nextLine() {
            Instant now = Instant.now();
            if (n++ % 2 == 0) {
                return new Receipt(now, "Alliance Healthcare", "Unit 4, Teesside Park, Stockton TS17 7BW", 1,
                        "INV-K" + n, "B1", LocalDate.of(2099, 1, 1), secondNurse, "KIOSK-1", null);
            }
            return new Administration(now, 3, "Michael O'Neill", "3 Marton Road, Middlesbrough TS4 2ND", 1,
                    "Dr Priya Patel", 1, 80, "B1", secondNurse, "KIOSK-1", null, null);
        }
    }
}
