package org.openhat.clinic.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for the HTTP speed requirement of the dose check: 32 signed-in staff (kiosks and
 * prescribers) on loopback ask, alternately, for their own session (the trivial authenticated GET)
 * and for a dose check, and the p99 of each is compared in the same run, on the same server.
 * Closed loop: each client waits for its answer before asking again. Bounded in requests and in time.
 *
 * <pre>java -cp "$(cat cp.txt):clinic-server/target/test-classes" org.openhat.clinic.bench.DoseCheckHttpBenchmark \
 *     port=18080 clients=32 rounds=4 perPhase=5000 warmup=2000 patients=1-15</pre>
 */
public final class DoseCheckHttpBenchmark {
    private static final String PASSWORD = "openhat-demo-2026";
    private static final String[] STAFF = {"nurse.amara", "dr.patel"};
    private static final Duration PHASE_LIMIT = Duration.ofSeconds(120);
    private static final Pattern VERDICT = Pattern.compile("\"verdict\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern COOKIE = Pattern.compile("openhat_session=([^;]+)");

    private final String base;
    private final int patientFrom;
    private final int patientTo;
    private final int productId;
    private final Map<String, LongAdder> verdicts = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

    private DoseCheckHttpBenchmark(int port, int patientFrom, int patientTo, int productId) {
        this.base = "http://127.0.0.1:" + port;
        this.patientFrom = patientFrom;
        this.patientTo = patientTo;
        this.productId = productId;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new TreeMap<>();
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            a.put(kv[0], kv[1]);
        }
        String[] patients = a.getOrDefault("patients", "1-15").split("-");
        DoseCheckHttpBenchmark bench = new DoseCheckHttpBenchmark(Integer.parseInt(a.getOrDefault("port", "8080")),
                Integer.parseInt(patients[0]), Integer.parseInt(patients[1]),
                Integer.parseInt(a.getOrDefault("product", "1")));
        bench.run(Integer.parseInt(a.getOrDefault("clients", "32")), Integer.parseInt(a.getOrDefault("rounds", "4")),
                Integer.parseInt(a.getOrDefault("perPhase", "5000")), Integer.parseInt(a.getOrDefault("warmup", "2000")));
    }

    private void run(int clients, int rounds, int perPhase, int warmup) throws Exception {
        List<Client> team = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            team.add(signIn(STAFF[i % STAFF.length], i));
        }
        System.out.printf("%d clients signed in (%s); warming up with %d of each%n", clients, String.join(", ", STAFF), warmup);
        phase(team, Kind.SESSION, warmup, new Latencies());
        phase(team, Kind.DOSE_CHECK, warmup, new Latencies());
        verdicts.clear();
        statuses.clear();
        Latencies get = new Latencies();
        Latencies check = new Latencies();
        // Alternating phases, so a neighbour's build on this shared machine hits both sides alike.
        for (int round = 1; round <= rounds; round++) {
            phase(team, Kind.SESSION, perPhase, get);
            phase(team, Kind.DOSE_CHECK, perPhase, check);
            System.out.printf("round %d/%d done%n", round, rounds);
        }
        System.out.println("GET  /api/sessions/current  " + get.summary());
        System.out.println("POST /api/dose-checks       " + check.summary());
        System.out.printf("ratio p99(dose check) / p99(GET) = %.2f (target <= 2.00)%n",
                check.percentileMs(0.99) / get.percentileMs(0.99));
        System.out.println("HTTP statuses: " + new TreeMap<>(statuses));
        System.out.println("dose-check verdicts: " + new TreeMap<>(verdicts));
    }

    private enum Kind { SESSION, DOSE_CHECK }

    /** One member of staff at one kiosk: their own HTTP connection and session. */
    private record Client(HttpClient http, String token, int index) {
    }

    private Client signIn(String username, int index) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(base + "/api/sessions/password"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("sign-in as " + username + " failed: " + reply.statusCode() + " " + reply.body());
        }
        String cookie = reply.headers().allValues("Set-Cookie").stream().map(COOKIE::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow();
        return new Client(http, cookie, index);
    }

    private void phase(List<Client> team, Kind kind, int requests, Latencies into) throws InterruptedException {
        AtomicInteger tickets = new AtomicInteger(requests);
        long deadline = System.nanoTime() + PHASE_LIMIT.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (Client client : team) {
            Thread t = new Thread(() -> work(client, kind, tickets, deadline, into), "client-" + client.index());
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (tickets.get() > 0) {
            System.out.printf("%s phase stopped at its %d s limit with %d requests left%n", kind,
                    PHASE_LIMIT.toSeconds(), tickets.get());
        }
    }

    private void work(Client client, Kind kind, AtomicInteger tickets, long deadline, Latencies into) {
        long[] mine = new long[1024];
        int n = 0;
        int turn = client.index();
        while (tickets.getAndDecrement() > 0 && System.nanoTime() < deadline) {
            HttpRequest request = kind == Kind.SESSION ? session(client) : doseCheck(client, turn++);
            long start = System.nanoTime();
            int status;
            String body;
            try {
                HttpResponse<String> reply = client.http().send(request, HttpResponse.BodyHandlers.ofString());
                status = reply.statusCode();
                body = reply.body();
            } catch (Exception e) {
                status = -1;
                body = "";
            }
            long took = System.nanoTime() - start;
            if (n == mine.length) {
                mine = java.util.Arrays.copyOf(mine, n * 2);
            }
            mine[n++] = took;
            statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
            if (kind == Kind.DOSE_CHECK) {
                Matcher m = VERDICT.matcher(body);
                verdicts.computeIfAbsent(m.find() ? m.group(1) : "none", v -> new LongAdder()).increment();
            }
        }
        into.addAll(mine, n);
    }

    private HttpRequest session(Client client) {
        return HttpRequest.newBuilder(URI.create(base + "/api/sessions/current"))
                .header("Cookie", "openhat_session=" + client.token()).GET().build();
    }

    /** The demo patients in turn, 100 mg IV, a clean pre-dose assessment. */
    private HttpRequest doseCheck(Client client, int turn) {
        int patientId = patientFrom + Math.floorMod(turn, patientTo - patientFrom + 1);
        String body = """
                {"patientId":%d,"doseMg":100,"productId":%d,"route":"IV","session":"AM","topUp":false,
                 "assessment":{"sedationScore":0,"breathAlcoholMicrogramsPer100ml":0,"respiratoryRate":16,"spo2":98,
                 "pupils":"NORMAL","drowsy":false,"concerns":"","coUseSuspected":false}}""".formatted(patientId, productId);
        return HttpRequest.newBuilder(URI.create(base + "/api/dose-checks"))
                .header("Cookie", "openhat_session=" + client.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
