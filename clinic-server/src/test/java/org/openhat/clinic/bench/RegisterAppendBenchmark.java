package org.openhat.clinic.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.openhat.clinic.core.register.Receipt;
import org.openhat.clinic.core.register.RegisterEntry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * A durable append through RegisterService (reads the ledger's head and the batch's balance,
 * checks the line and both signers, works out the balances, hashes the canonical entry, inserts
 * it; one commit with synchronous=FULL) against the raw single-row commit rate of the same SQLite
 * file with the same settings, in the same run. The issue asks for at least 50%.
 * Run: see docs/performance.md, "Register".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class RegisterAppendBenchmark {
    private Path dir;
    private RegisterBenchClinic clinic;
    private Connection raw;
    private PreparedStatement rawInsert;
    private long n;

    @Setup(Level.Trial)
    public void open() throws Exception {
        dir = Files.createTempDirectory("register-append-bench");
        clinic = new RegisterBenchClinic(dir.resolve("clinic.db"), Clock.systemUTC());
        raw = clinic.database.dataSource().getConnection();
        raw.setAutoCommit(true);
        try (Statement s = raw.createStatement()) {
            s.execute("CREATE TABLE bench_raw (id INTEGER PRIMARY KEY AUTOINCREMENT, at BIGINT, payload TEXT)");
        }
        rawInsert = raw.prepareStatement("INSERT INTO bench_raw (at, payload) VALUES (?, ?)");
    }

    @Benchmark
    public int rawSingleRowCommit() throws SQLException {
        rawInsert.setLong(1, System.currentTimeMillis());
        rawInsert.setString(2, "Alliance Healthcare, Unit 4, Teesside Park, Stockton TS17 7BW; INV-" + (++n));
        return rawInsert.executeUpdate();
    }

    @Benchmark
    public RegisterEntry durableAppendThroughService() {
        Receipt line = new Receipt(java.time.Instant.now(), "Alliance Healthcare",
                "Unit 4, Teesside Park, Stockton TS17 7BW", 1, "INV-" + (++n), "B1", LocalDate.of(2099, 1, 1),
                clinic.secondNurse, "KIOSK-1", null);
        return clinic.register.record(clinic.ledger.id(), line, clinic.nurse);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        rawInsert.close();
        raw.close();
        clinic.close();
    }

    /**
     * Runs both benchmarks in one JMH run and prints the ratio the issue asks for; then, because
     * JMH measures one benchmark after the other and the build machine's load drifts, measures the
     * two interleaved in rounds on one file and prints each round's ratio. With {@code
     * interleaved} as the argument only the second part runs; {@code interleaved ROUNDS APPENDS}
     * sets the rounds and the appends per round. The medians are over the second half of the
     * rounds (the first half warms the JIT up).
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !"interleaved".equals(args[0])) {
            jmh();
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int appends = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        interleaved(rounds, appends);
    }

    private static void jmh() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(RegisterAppendBenchmark.class.getName() + ".*").build()).run();
        double rawRate = score(results, "rawSingleRowCommit");
        double serviceRate = score(results, "durableAppendThroughService");
        System.out.printf("raw single-row commits: %.1f/s; register appends: %.1f/s; ratio %.0f%% (target >= 50%%)%n",
                rawRate, serviceRate, 100 * serviceRate / rawRate);
    }

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static void interleaved(int rounds, int appends) throws Exception {
        RegisterAppendBenchmark bench = new RegisterAppendBenchmark();
        bench.open();
        double[] raws = new double[rounds];
        double[] appendsUs = new double[rounds];
        try {
            for (int round = 1; round <= rounds; round++) {
                long c0 = CPU.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                for (int i = 0; i < appends; i++) {
                    bench.rawSingleRowCommit();
                }
                long c1 = CPU.getCurrentThreadCpuTime();
                long t1 = System.nanoTime();
                for (int i = 0; i < appends; i++) {
                    bench.durableAppendThroughService();
                }
                long c2 = CPU.getCurrentThreadCpuTime();
                long t2 = System.nanoTime();
                System.out.printf("round %2d: raw %6.0f us/commit, register %6.0f us/append, ratio %3.0f%%"
                                + "  (this thread's CPU: raw %4.0f us, register %4.0f us)%n", round,
                        (t1 - t0) / 1e3 / appends, (t2 - t1) / 1e3 / appends, 100.0 * (t1 - t0) / (t2 - t1),
                        (c1 - c0) / 1e3 / appends, (c2 - c1) / 1e3 / appends);
                raws[round - 1] = (t1 - t0) / 1e3 / appends;
                appendsUs[round - 1] = (t2 - t1) / 1e3 / appends;
            }
            int from = rounds / 2;
            double[] ratios = new double[rounds - from];
            for (int i = from; i < rounds; i++) {
                ratios[i - from] = 100 * raws[i] / appendsUs[i];
            }
            double rawMedian = median(java.util.Arrays.copyOfRange(raws, from, rounds));
            double appendMedian = median(java.util.Arrays.copyOfRange(appendsUs, from, rounds));
            System.out.printf("medians of rounds %d-%d: raw %.0f us/commit, register %.0f us/append, "
                    + "ratio of medians %.0f%%, median of ratios %.0f%% (target >= 50%%)%n", from + 1, rounds,
                    rawMedian, appendMedian, 100 * rawMedian / appendMedian, median(ratios));
            double rawBest = java.util.Arrays.stream(raws, from, rounds).min().orElseThrow();
            double appendBest = java.util.Arrays.stream(appendsUs, from, rounds).min().orElseThrow();
            System.out.printf("best rounds %d-%d: raw %.0f us/commit, register %.0f us/append, ratio %.0f%%%n",
                    from + 1, rounds, rawBest, appendBest, 100 * rawBest / appendBest);
        } finally {
            bench.close();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double score(Collection<RunResult> results, String name) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + name)).findFirst()
                .orElseThrow().getPrimaryResult().getScore();
    }
}
