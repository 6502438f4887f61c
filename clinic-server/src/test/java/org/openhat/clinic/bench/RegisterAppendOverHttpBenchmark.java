package org.openhat.clinic.bench;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.openhat.clinic.ClinicApplication;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.cli.DemoClinic;
import org.openhat.clinic.core.register.LedgerSummary;
import org.openhat.clinic.core.register.Receipt;
import org.openhat.clinic.core.staff.SessionKind;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.core.staff.StaffSession;
import org.openhat.clinic.db.ClinicDatabase;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.db.StaffDao;
import org.openhat.clinic.service.register.RegisterService;
import org.openhat.clinic.service.staff.SecondSigners;
import org.openhat.clinic.service.stations.StationService;
import org.openhat.clinic.testing.ApiClient;

/**
 * What HTTP adds to a register append (issue 10: at most 1.5x the service-level append). One JVM,
 * one SQLite file with the clinic's settings (WAL, synchronous=FULL, IMMEDIATE), the same 100 mg
 * ledger and batch, interleaved in rounds:
 * <ul>
 * <li><b>service</b>: {@code RegisterService.record(...)} of a one-ampoule RECEIPT by nurse.amara
 * with nurse.ben as second receiver, as {@link RegisterAppendBenchmark} appends;</li>
 * <li><b>http</b>: the same receipt as {@code POST /api/register/ledgers/{id}/receipts} to the real
 * application (config/clinic.yml, started by {@link DropwizardTestSupport}), by nurse.amara's kiosk
 * (badge) session at KIOSK-1 with nurse.ben signed in beside it as witness, so no
 * {@code secondSigner} travels and no password or PIN is hashed per request; one request at a time
 * over one kept-alive HTTP/1.1 connection ({@link PlainHttpConnection}: the JDK's HttpClient cost
 * more per request than the server's work);</li>
 * </ul>
 * and, to read the difference (not part of the target):
 * <ul>
 * <li><b>service+witness</b>: in process, what the receipt endpoint does behind HTTP and the
 * session look-up: {@code SecondSigners.verify} of the kiosk witness (no write of its own: the
 * witness's sign-in was audited and the entry names them) and then the same {@code record};</li>
 * <li><b>get session</b>: {@code GET /api/sessions/current} on the same session and connection, i.e.
 * HTTP and the session look-up without any write.</li>
 * </ul>
 * Each round does {@code N} of each, one of each in turn, and prints each side's median in
 * microseconds and the process CPU per operation (client and server together for HTTP). At the end
 * it prints the medians of the second half of the rounds (the first half warms the JIT up) and the
 * ratio http/service.
 *
 * <pre>
 * java -cp $CP org.openhat.clinic.bench.RegisterAppendOverHttpBenchmark [ROUNDS [N]]   # 30 200, one at a time
 * java -cp $CP org.openhat.clinic.bench.RegisterAppendOverHttpBenchmark ROUNDS MILLIS KIOSKS   # several at once
 * java -cp $CP org.openhat.clinic.bench.RegisterAppendOverHttpBenchmark ROUNDS MILLIS KIOSKS wrk   # the same, wrk as client
 * </pre>
 * Run from the repository root (it reads config/clinic.yml); docs/bench/register-http.sh builds and runs it.
 * The clinic's files go in a temp dir, deleted at the end unless {@code -Dbench.keep=true}.
 */
public final class RegisterAppendOverHttpBenchmark {
    private static final String STATION = "KIOSK-1";
    private static final String SUPPLIER = "Alliance Healthcare (Distribution) Ltd";
    private static final String SUPPLIER_ADDRESS = "Unit 2, Teesside Industrial Estate, Stockton-on-Tees TS17 9JX";
    private static final LocalDate EXPIRY = LocalDate.of(2099, 1, 31);
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final RegisterService register;
    private final SecondSigners signers;
    private final long ledgerId;
    private final StaffSession kioskSession;
    private final long nurse;
    private final long witness;
    private final PlainHttpConnection http;
    private final String receipts;
    /** A kiosk page's: the badge session's own cookie, and the header naming the kiosk screen. */
    private final List<String> kioskHeaders;
    private final java.util.concurrent.atomic.AtomicLong invoices = new java.util.concurrent.atomic.AtomicLong();

    private RegisterAppendOverHttpBenchmark(RegisterService register, SecondSigners signers, long ledgerId,
                                            StaffSession kioskSession, int port, String sessionToken)
            throws java.io.IOException {
        this.register = register;
        this.signers = signers;
        this.ledgerId = ledgerId;
        this.kioskSession = kioskSession;
        this.nurse = kioskSession.staff().id();
        this.witness = kioskSession.witness().id();
        this.http = new PlainHttpConnection("127.0.0.1", port);
        this.receipts = "/api/register/ledgers/" + ledgerId + "/receipts";
        this.kioskHeaders = List.of("Cookie: openhat_kiosk_session=" + sessionToken, "X-OpenHAT-Screen: kiosk");
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dir = Files.createTempDirectory("register-http-bench");
        DropwizardTestSupport<ClinicConfiguration> app = new DropwizardTestSupport<>(ClinicApplication.class,
                Path.of("config/clinic.yml").toAbsolutePath().toString(), overrides(dir));
        app.before();
        ClinicDatabase database = ClinicDatabase.open(app.getConfiguration().getDatabase(), new MetricRegistry());
        try {
            Transactor transactor = database.transactor();
            DemoClinic.seed(transactor, Clock.systemUTC(), app.getConfiguration().getPremises());
            RegisterService register = new RegisterService(transactor, Clock.systemUTC(),
                    app.getConfiguration().getPremises());
            long ledger = register.ledgers().stream().map(LedgerSummary::ledger).filter(l -> l.strengthMg() == 100)
                    .findFirst().orElseThrow().id();
            ApiClient kiosk = new ApiClient(app.getLocalPort()).signInWithBadge("N0042", "4242", STATION);
            ApiClient.Reply witnessed = kiosk.post("/api/sessions/current/witness",
                    Map.of("badgeCode", "N0107", "pin", "1077"));
            if (witnessed.status() != 200) {
                throw new IllegalStateException("witness sign-in: " + witnessed.status() + " " + witnessed.body());
            }
            // The same kiosk session, in process, for the side that runs the resource's work without HTTP.
            // SecondSigners needs no SignInService for a witness who signed in beside the session.
            Instant now = Instant.now();
            StaffSession session = new StaffSession(member(database, "N0042"), SessionKind.KIOSK,
                    new StationService(transactor, Clock.systemUTC()).byCode(STATION).id(), now, now.plusSeconds(120),
                    member(database, "N0107"));
            RegisterAppendOverHttpBenchmark bench = new RegisterAppendOverHttpBenchmark(register,
                    new SecondSigners(null, transactor, Clock.systemUTC()), ledger, session, app.getLocalPort(),
                    kiosk.sessionToken());
            System.out.printf("clinic on 127.0.0.1:%d, SQLite file %s; ledger %d; %d rounds x %d of each%n",
                    app.getLocalPort(), dir.resolve("clinic.db"), ledger, rounds, perRound);
            if (args.length > 3 && args[3].equals("wrk")) {
                bench.againstWrk(kiosk.sessionToken(), app.getLocalPort(), Integer.parseInt(args[2]), rounds,
                        perRound);
            } else if (args.length > 2) {
                bench.concurrently(app.getLocalPort(), Integer.parseInt(args[2]), rounds,
                        perRound);
            } else {
                bench.rounds(rounds, perRound);
            }
        } finally {
            database.close();
            app.after();
            if (!Boolean.getBoolean("bench.keep")) {
                deleteRecursively(dir);
            }
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** config/clinic.yml as it is, with its files in {@code dir}, free ports and a quiet console. */
    private static ConfigOverride[] overrides(Path dir) {
        List<ConfigOverride> o = new java.util.ArrayList<>(List.of(
                ConfigOverride.config("database.file", dir.resolve("clinic.db").toString()),
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"),
                // A request log line per request, as in production, but to a file rather than this output.
                ConfigOverride.config("server.requestLog.appenders[0].type", "file"),
                ConfigOverride.config("server.requestLog.appenders[0].currentLogFilename",
                        dir.resolve("requests.log").toString()),
                ConfigOverride.config("server.requestLog.appenders[0].archivedLogFilenamePattern",
                        dir.resolve("requests-%d.log.gz").toString()),
                ConfigOverride.config("logging.appenders[0].threshold", "WARN"),
                ConfigOverride.config("logging.appenders[1].currentLogFilename", dir.resolve("openhat.log").toString()),
                ConfigOverride.config("logging.appenders[1].archivedLogFilenamePattern",
                        dir.resolve("openhat-%d.log.gz").toString()),
                ConfigOverride.config("adminTasks.secretFile", dir.resolve("admin-task-secret").toString()),
                ConfigOverride.config("register.checkpointDirectory", dir.resolve("checkpoints").toString()),
                ConfigOverride.config("register.signingKeyFile", dir.resolve("register-signing.key").toString())));
        for (String station : List.of("KIOSK-1", "KIOSK-2")) {
            o.add(ConfigOverride.config("stations." + station + ".safe.stateDir", dir.resolve("devices").toString()));
        }
        return o.toArray(ConfigOverride[]::new);
    }

    private static StaffMember member(ClinicDatabase database, String badge) {
        return database.jdbi().withExtension(StaffDao.class, s -> s.findByBadge(badge).map(s::memberOf))
                .orElseThrow();
    }

    /** One of the things timed each round. */
    private record Side(String name, String unit, Operation operation) {
    }

    @FunctionalInterface
    private interface Operation {
        void run() throws Exception;
    }

    private void rounds(int rounds, int perRound) throws Exception {
        List<Side> sides = List.of(
                new Side("service", "append", this::appendThroughService),
                new Side("http", "append", this::appendThroughHttp),
                new Side("service+witness", "append", this::appendAsTheResourceDoes),
                new Side("get session", "request", this::sessionOverHttp));
        double[][] medians = new double[sides.size()][rounds];
        long[][] nanos = new long[sides.size()][perRound];
        long[] cpuNanos = new long[sides.size()];
        for (int round = 1; round <= rounds; round++) {
            Arrays.fill(cpuNanos, 0);
            // One of each in turn, not a block of each: this VM's fsync swings between ~0.1 and ~4 ms in
            // bursts (the neighbours' writes), and 200 fast service appends fit inside one burst.
            for (int i = 0; i < perRound; i++) {
                for (int s = 0; s < sides.size(); s++) {
                    long cpu0 = OS.getProcessCpuTime();
                    long t = System.nanoTime();
                    sides.get(s).operation().run();
                    nanos[s][i] = System.nanoTime() - t;
                    cpuNanos[s] += OS.getProcessCpuTime() - cpu0;
                }
            }
            StringBuilder line = new StringBuilder(String.format("round %2d:", round));
            StringBuilder cpu = new StringBuilder("  (process CPU per op:");
            for (int s = 0; s < sides.size(); s++) {
                medians[s][round - 1] = medianMicros(nanos[s]);
                line.append(String.format(" %s %5.0f us,", sides.get(s).name(), medians[s][round - 1]));
                cpu.append(String.format(" %s %4.0f us", sides.get(s).name(), cpuNanos[s] / 1e3 / perRound));
            }
            System.out.printf("%s ratio http/service %.2f%s)%n", line, medians[1][round - 1] / medians[0][round - 1], cpu);
        }
        int from = rounds / 2;
        StringBuilder end = new StringBuilder(String.format("medians of rounds %d-%d:", from + 1, rounds));
        double[] of = new double[sides.size()];
        for (int s = 0; s < sides.size(); s++) {
            of[s] = median(Arrays.copyOfRange(medians[s], from, rounds));
            end.append(String.format(" %s %.0f us/%s,", sides.get(s).name(), of[s], sides.get(s).unit()));
        }
        double[] ratios = new double[rounds - from];
        for (int i = from; i < rounds; i++) {
            ratios[i - from] = medians[1][i] / medians[0][i];
        }
        System.out.printf("%s ratio http/service %.2f (median of ratios %.2f; target <= 1.5)%n", end, of[1] / of[0],
                median(ratios));
    }

    /**
     * Several kiosks at once: {@code clients} threads append for {@code millis} through HTTP (each on
     * its own kept-alive connection), then the same number of threads append as long through the
     * service, in turn for {@code rounds} rounds. SQLite takes one writer at a time, so each side's
     * cost per append is the wall time over the appends made; what HTTP adds shows only where it
     * cannot overlap another kiosk's commit.
     */
    private void concurrently(int port, int clients, int rounds, long millis) throws Exception {
        System.out.printf("concurrently: %d clients, %d rounds of %d ms each side%n", clients, rounds, millis);
        severalAtOnce("http", clients, rounds, millis, round -> perAppendMicros(clients, millis, () -> {
            PlainHttpConnection connection = new PlainHttpConnection("127.0.0.1", port);
            return () -> appendThroughHttp(connection);
        }));
    }

    /**
     * As {@link #concurrently}, but the HTTP side is {@code wrk} (docs/bench/wrk/register-receipt.lua,
     * with {@code connections} connections), a client in C outside this JVM, as the kiosks' browsers
     * are: the Java client threads would otherwise take the server's own cores. Needs wrk.
     */
    private void againstWrk(String sessionToken, int port, int connections, int rounds, long millis)
            throws Exception {
        System.out.printf("against wrk: %d connections (and %d service threads), %d rounds of %d ms each side%n",
                connections, connections, rounds, millis);
        severalAtOnce("http (wrk)", connections, rounds, millis,
                round -> wrkMicrosPerAppend(sessionToken, port, connections, millis, round));
    }

    /** How one round's HTTP side is measured: microseconds per append. */
    @FunctionalInterface
    private interface HttpSide {
        double microsPerAppend(int round) throws Exception;
    }

    /** Rounds of the HTTP side, then as many service threads for as long; medians of the second half. */
    private void severalAtOnce(String http, int atOnce, int rounds, long millis, HttpSide side) throws Exception {
        double[] ratios = new double[rounds];
        double[][] perAppend = new double[2][rounds];
        for (int round = 1; round <= rounds; round++) {
            double overHttp = side.microsPerAppend(round);
            double service = perAppendMicros(atOnce, millis, () -> this::appendThroughService);
            perAppend[0][round - 1] = service;
            perAppend[1][round - 1] = overHttp;
            ratios[round - 1] = overHttp / service;
            System.out.printf("round %2d: service %5.0f us/append, %s %5.0f us/append (wall time / appends, %d at "
                    + "once), ratio http/service %.2f%n", round, service, http, overHttp, atOnce, ratios[round - 1]);
        }
        int from = rounds / 2;
        System.out.printf("medians of rounds %d-%d, %d at once: service %.0f us/append, %s %.0f us/append, "
                        + "ratio http/service %.2f (target <= 1.5)%n", from + 1, rounds, atOnce,
                median(Arrays.copyOfRange(perAppend[0], from, rounds)), http,
                median(Arrays.copyOfRange(perAppend[1], from, rounds)),
                median(Arrays.copyOfRange(ratios, from, rounds)));
    }

    private double wrkMicrosPerAppend(String sessionToken, int port, int connections, long millis, int round)
            throws Exception {
        ProcessBuilder wrk = new ProcessBuilder("wrk", "-t1", "-c" + connections, "-d" + Math.max(1, millis / 1000) + "s",
                "-s", "docs/bench/wrk/register-receipt.lua", "http://127.0.0.1:" + port).redirectErrorStream(true);
        wrk.environment().putAll(Map.of("BENCH_WRK_DIR", Path.of("docs/bench/wrk").toAbsolutePath().toString(),
                "BENCH_COOKIE", sessionToken, "BENCH_LEDGER", Long.toString(ledgerId), "BENCH_BATCH",
                DemoClinic.BATCH_100, "BENCH_RUN", ProcessHandle.current().pid() + "-" + round));
        Process process = wrk.start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        java.util.regex.Matcher result = java.util.regex.Pattern
                .compile("RESULT requests=(\\d+) rps=(\\d+) .* bad=(\\d+) socket_errors=(\\d+)").matcher(out);
        if (!result.find() || !result.group(3).equals("0") || !result.group(4).equals("0")) {
            throw new IllegalStateException("wrk: every append must be 201: " + out);
        }
        return 1e6 / Long.parseLong(result.group(2));
    }

    /** A per-thread way of appending. */
    @FunctionalInterface
    private interface AppenderFactory {
        Operation open() throws Exception;
    }

    private double perAppendMicros(int threads, long millis, AppenderFactory appenders) throws Exception {
        java.util.concurrent.atomic.AtomicLong appends = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(threads);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        var failed = new java.util.concurrent.atomic.AtomicReference<Throwable>();
        long[] window = new long[2];
        List<Thread> workers = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    Operation append = appenders.open();
                    ready.countDown();
                    go.await();
                    while (System.nanoTime() < window[1]) {
                        append.run();
                        appends.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failed.compareAndSet(null, e);
                    ready.countDown();
                }
            });
            worker.start();
            workers.add(worker);
        }
        ready.await();
        window[0] = System.nanoTime();
        window[1] = window[0] + millis * 1_000_000;
        go.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        if (failed.get() != null) {
            throw new IllegalStateException("an append failed", failed.get());
        }
        long took = System.nanoTime() - window[0];   // includes the appends that began before the deadline
        return took / 1e3 / appends.get();
    }

    private void appendThroughService() {
        register.record(ledgerId, new Receipt(Instant.now(), SUPPLIER, SUPPLIER_ADDRESS, 1,
                "INV-" + invoices.incrementAndGet(),
                DemoClinic.BATCH_100, EXPIRY, witness, STATION, null), nurse);
    }

    /**
     * What {@code RegisterResource.receipt} does behind HTTP and the session look-up: the kiosk
     * witness is verified and then the same receipt is recorded.
     */
    private void appendAsTheResourceDoes() {
        long second = signers.verify(kioskSession, null, "receipt, ledger " + ledgerId).id();
        register.record(ledgerId, new Receipt(Instant.now(), SUPPLIER, SUPPLIER_ADDRESS, 1,
                "INV-" + invoices.incrementAndGet(),
                DemoClinic.BATCH_100, EXPIRY, second, STATION, null), nurse);
    }

    private void appendThroughHttp() throws Exception {
        appendThroughHttp(http);
    }

    private void appendThroughHttp(PlainHttpConnection connection) throws Exception {
        String body = "{\"occurredAt\":\"" + Instant.now() + "\",\"supplierName\":\"" + SUPPLIER
                + "\",\"supplierAddress\":\"" + SUPPLIER_ADDRESS + "\",\"ampoules\":1,\"invoiceRef\":\"INV-"
                + invoices.incrementAndGet() + "\",\"batch\":\"" + DemoClinic.BATCH_100 + "\",\"expiry\":\"" + EXPIRY
                + "\",\"stationCode\":\"" + STATION + "\"}";
        expect(201, "POST " + receipts, connection.postJson(receipts, kioskHeaders, body));
    }

    private void sessionOverHttp() throws Exception {
        expect(200, "GET /api/sessions/current", http.get("/api/sessions/current", kioskHeaders));
    }

    private static void expect(int status, String request, PlainHttpConnection.Response response) {
        if (response.status() != status) {
            throw new IllegalStateException(request + ": " + response.status() + " " + response.body());
        }
    }

    private static double medianMicros(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0) / 1e3;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
