package org.openhat.clinic.bench;

import static io.dropwizard.testing.ConfigOverride.config;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.cli.DemoClinic;
import org.openhat.clinic.testing.ApiClient;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.TestClinicApplication;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.ids.NhsNumber;
import org.openhat.devices.testing.Await;
import org.openhat.devices.testing.SocatPair;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The speed a nurse feels at the kiosk (issue 11; docs/performance.md, "The kiosk in the browser"),
 * in a real headless Chromium against the whole clinic on SQLite, KIOSK-1's scanner on
 * {@code type: serial} over a socat pty pair:
 * <ul>
 * <li><b>scan to card</b>: a clinic card is written to the device end of the pty in one write; the
 * clock starts when the write returns (the last byte is on the line) and stops when the patient's
 * card is painted: its name is in the DOM and its prescription has loaded (the route list refilled),
 * and then a frame has been produced ({@code requestAnimationFrame}, then a task after it);</li>
 * <li><b>check to verdict</b>: from the click on "Check dose" (the event's own time stamp) to the
 * frame after the verdict and its reasons are in the DOM.</li>
 * </ul>
 * The page is not changed for this: the marks come from observers this class installs in it. The
 * page's clock ({@code performance.timeOrigin + now()}) and this JVM's are compared before the run
 * and the difference taken off. One scan or check at a time, as at a kiosk, with a pause between.
 *
 * <pre>
 * docs/bench/kiosk-paint.sh                       # builds, then both sizes
 * java -cp $CP org.openhat.clinic.bench.KioskPaintLatency 1920 1080 200 20   # width height measured warm-up
 * </pre>
 * Needs Debian's chromium and chromium-driver, and socat.
 */
public final class KioskPaintLatency {
    /** Monday 23 November 2026, 08:30 in London, moving on in real time: inside the AM session. */
    private static final Instant MONDAY_AM = Instant.parse("2026-11-23T08:30:00Z");
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Marks the page's paints; window.paint.expectCard(name) / .expectVerdict(), then read .marks. */
    private static final String OBSERVERS = String.join("\n",
            "const $ = (id) => document.getElementById(id);",
            "const now = () => performance.timeOrigin + performance.now();",
            "const paint = window.paint = { marks: [], card: null, verdict: null, clickedAt: null };",
            "const lastRequest = (path) => performance.getEntriesByType('resource')",
            "  .filter((r) => new URL(r.name).pathname === path).at(-1);",
            "const painted = (kind, from, path) => requestAnimationFrame(() => setTimeout(() => {",
            "  const banner = $('verdict').getBoundingClientRect();",
            "  const request = path ? lastRequest(path) : null;",
            "  paint.marks.push({ kind, at: now(), from, verdictOnScreen: banner.top >= 0 && banner.top < innerHeight,",
            "    requestMillis: request ? request.responseEnd - request.startTime : null });",
            "  performance.clearResourceTimings();",
            "}, 0));",
            "paint.expectCard = (name) => { paint.card = { name, named: false }; };",
            "paint.expectVerdict = () => { paint.verdict = true; paint.clickedAt = null; };",
            "new MutationObserver(() => {",
            "  if (paint.card && $('patient-name').textContent === paint.card.name) paint.card.named = true;",
            "}).observe($('patient-name'), { childList: true, characterData: true, subtree: true });",
            "new MutationObserver(() => {",
            "  if (paint.card && paint.card.named) { paint.card = null; painted('card', null); }",
            "}).observe($('a-route'), { childList: true });",
            "document.addEventListener('click', (e) => {",
            "  if (paint.verdict && e.target.closest('#check-dose')) paint.clickedAt = performance.timeOrigin + e.timeStamp;",
            "}, true);",
            "new MutationObserver(() => {",
            "  if (paint.verdict && paint.clickedAt !== null && !$('verdict').hidden) {",
            "    paint.verdict = null; painted('verdict', paint.clickedAt, '/api/dose-checks');",
            "  }",
            "}).observe($('findings'), { childList: true });");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    /** How far the signed-in page's clock is ahead of this JVM's. */
    private double clockOffsetMillis;

    private KioskPaintLatency(ChromeDriver driver) {
        this.driver = driver;
        // Polled often: at WebDriverWait's default half second, 200 scans would outlast the page's
        // 2-minute idle sign-out (a scan is not a touch).
        this.wait = new WebDriverWait(driver, WAIT);
        wait.pollingEvery(Duration.ofMillis(2));
    }

    public static void main(String[] args) throws Exception {
        int width = args.length > 0 ? Integer.parseInt(args[0]) : 1920;
        int height = args.length > 1 ? Integer.parseInt(args[1]) : 1080;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        TestClinicApplication.clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), MONDAY_AM));
        Path dir = ClinicApp.tempDir("openhat-kiosk-paint");
        SocatPair line = SocatPair.start(dir, "scanner");
        DropwizardAppExtension<ClinicConfiguration> app = ClinicApp.on(TestDatabase.Backend.SQLITE, dir,
                config("stations.KIOSK-1.scanner.type", "serial"),
                config("stations.KIOSK-1.scanner.path", line.hostPath()),
                config("stations.KIOSK-1.scanner.reconnectMin", "100ms"),
                config("stations.KIOSK-1.safe.type", "simulator"),
                config("stations.KIOSK-1.safe.stateDir", dir.resolve("devices").toString()),
                config("stations.KIOSK-2.scanner.type", "simulator"),
                config("stations.KIOSK-2.safe.type", "simulator"),
                config("stations.KIOSK-2.safe.stateDir", dir.resolve("devices").toString()),
                config("logging.level", "WARN"),
                config("logging.loggers.org\\.openhat", "WARN"));
        app.before();
        Path profile = Files.createTempDirectory("openhat-chromium-");
        ChromeDriver driver = null;
        try {
            ClinicApp.seedDemo(app, TestClinicApplication.clock);
            Await.until("scanner line connected", () -> app.getEnvironment().healthChecks()
                    .runHealthCheck("scanner-KIOSK-1").isHealthy());
            List<Patient> due = patientsDue(app.getLocalPort());
            warmServer(app.getLocalPort(), Math.max(warmUp, 1) * 50);
            driver = chromium(profile, width, height);
            KioskPaintLatency bench = new KioskPaintLatency(driver);
            bench.signIn(app.getLocalPort());
            System.out.printf("Kiosk page at %dx%d in headless Chromium; %d patients due; page clock %+.2f ms from "
                    + "this JVM's (taken off)%n", width, height, due.size(), bench.clockOffsetMillis);
            try (OutputStream device = new FileOutputStream(line.devicePath())) {
                bench.scans(device, due, warmUp);
                report("scan to card painted", bench.scans(device, due, measured));
            }
            bench.pick(due.get(0));
            bench.checks(warmUp, false);
            report("Check dose to verdict painted", bench.checks(measured, true));
        } finally {
            if (driver != null) {
                driver.quit();
            }
            app.after();
            line.close();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }

    private record Patient(String name, String nhsNumber) {
    }

    /** The demo's patients who are due a dose this session, as the dosing list names them. */
    private static List<Patient> patientsDue(int port) {
        ApiClient nurse = new ApiClient(port).signInWithBadge("N0107", "1077", "KIOSK-2");
        List<Patient> due = new ArrayList<>();
        for (NhsNumber number : DemoClinic.demoNhsNumbers(15)) {
            ApiClient.Reply found = nurse.post("/api/patients/find-by-nhs-number", Map.of("nhsNumber", number.value()));
            if (found.status() != 200) {
                continue;
            }
            long id = found.json().get("id").asLong();
            for (var entry : nurse.get("/api/dosing-list").json().get("patients")) {
                if (entry.get("patientId").asLong() == id && entry.get("state").asText().equals("DUE")) {
                    due.add(new Patient(entry.get("name").asText(), number.value()));
                }
            }
        }
        if (due.size() < 2) {
            throw new IllegalStateException("the demo has fewer than two patients due this session: " + due);
        }
        return due;
    }

    /**
     * A clinic's server has been answering its kiosks all morning: its JIT has compiled the paths a
     * scan and a check take. A few hundred of each through the API first, so the browser measures that
     * server and not one still interpreting its first requests.
     */
    private static void warmServer(int port, int times) {
        ApiClient nurse = new ApiClient(port).signInWithBadge("N0150", "1500", "KIOSK-2");
        long patient = nurse.get("/api/dosing-list").json().get("patients").get(0).get("patientId").asLong();
        long product = nurse.get("/api/products").json().get(0).get("id").asLong();
        Map<String, Object> check = Map.of("patientId", patient, "doseMg", 100, "productId", product, "route", "IV",
                "session", "AM", "topUp", false, "assessment", Map.of("sedationScore", 0, "breathAlcoholPermille", 0,
                        "respiratoryRate", 16, "spo2", 98, "pupils", "NORMAL", "drowsy", false, "concerns", "",
                        "coUseSuspected", false));
        for (int i = 0; i < times; i++) {
            nurse.get("/api/dosing-list");
            nurse.get("/api/prescriptions?patientId=" + patient);
            ApiClient.Reply answer = nurse.post("/api/dose-checks", check);
            if (answer.status() != 200) {
                throw new IllegalStateException("warm-up check: " + answer.status() + " " + answer.body());
            }
        }
    }

    private static ChromeDriver chromium(Path profile, int width, int height) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=en-GB");
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
    }

    private void signIn(int port) {
        driver.get("http://localhost:" + port + "/kiosk.html?station=KIOSK-1");
        WebElement badge = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-badge")));
        badge.sendKeys("]C0OHS:N0042\n");
        wait.until(d -> "sign-in-pin".equals(d.switchTo().activeElement().getAttribute("id")));
        driver.findElement(By.id("sign-in-pin")).sendKeys("4242\n");
        wait.until(ExpectedConditions.textToBe(By.id("connection"), "Scanner connected."));
        js(OBSERVERS);
        clockOffsetMillis = pageClockAhead();
    }

    /** Scans the patients' clinic cards in turn; milliseconds from each scan's last byte to its card painted. */
    private double[] scans(OutputStream device, List<Patient> patients, int count) throws Exception {
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            // Never the patient already on the card: the card must be painted anew.
            Patient patient = patients.get(i % patients.size());
            int marks = marks();
            js("window.paint.expectCard(arguments[0]);", patient.name());
            device.write(("]C0OHP:" + patient.nhsNumber() + "\r").getBytes(StandardCharsets.ISO_8859_1));
            device.flush();
            double lastByte = epochMillis();
            millis[i] = markAfter(marks, "card").at() - clockOffsetMillis - lastByte;
            Thread.sleep(50);   // a kiosk never sees scans back to back
        }
        return millis;
    }

    private void pick(Patient patient) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//ul[@id='dosing-list']//button[.//span[@class='entry-name' and text()='" + patient.name() + "']]")))
                .click();
        wait.until(ExpectedConditions.textToBe(By.id("patient-name"), patient.name()));
        wait.until(d -> !new Select(d.findElement(By.id("a-route"))).getOptions().isEmpty());
        new Select(driver.findElement(By.id("a-sedation"))).selectByValue("0");
        driver.findElement(By.id("a-alcohol")).sendKeys("0");
        driver.findElement(By.id("a-rr")).sendKeys("16");
        driver.findElement(By.id("a-spo2")).sendKeys("98");
        new Select(driver.findElement(By.id("a-pupils"))).selectByValue("NORMAL");
    }

    /** Presses "Check dose" again and again; milliseconds from each press to its verdict painted. */
    private double[] checks(int count, boolean sayWhere) throws Exception {
        double[] millis = new double[count];
        double[] requests = new double[count];
        int offScreen = 0;
        for (int i = 0; i < count; i++) {
            int marks = marks();
            js("window.paint.expectVerdict();");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("check-dose"))).click();
            Mark mark = markAfter(marks, "verdict");
            millis[i] = mark.at() - mark.from();
            requests[i] = mark.requestMillis();
            offScreen += mark.verdictOnScreen() ? 0 : 1;
            Thread.sleep(50);
        }
        double[] sorted = requests.clone();
        Arrays.sort(sorted);
        if (!sayWhere) {
            return millis;
        }
        System.out.printf("  (of which the POST /api/dose-checks, as the page's resource timing has it: p50 %.1f ms, "
                + "p99 %.1f ms)%n", at(sorted, 0.5), at(sorted, 0.99));
        if (offScreen > 0) {
            System.out.printf("  (%d of %d verdicts were painted outside the window and scrolled to)%n", offScreen, count);
        }
        return millis;
    }

    private record Mark(String kind, double at, double from, boolean verdictOnScreen, double requestMillis) {
    }

    private int marks() {
        return ((Number) js("return window.paint.marks.length;")).intValue();
    }

    @SuppressWarnings("unchecked")
    private Mark markAfter(int before, String kind) {
        Map<String, Object> mark = (Map<String, Object>) wait.until(d -> js(
                "const m = window.paint.marks; return m.length > arguments[0] ? m[arguments[0]] : null;", before));
        if (!kind.equals(mark.get("kind"))) {
            throw new IllegalStateException("expected a " + kind + " mark, got " + mark);
        }
        Object from = mark.get("from");
        Object request = mark.get("requestMillis");
        return new Mark(kind, ((Number) mark.get("at")).doubleValue(),
                from == null ? Double.NaN : ((Number) from).doubleValue(), Boolean.TRUE.equals(mark.get("verdictOnScreen")),
                request == null ? Double.NaN : ((Number) request).doubleValue());
    }

    /** How far the page's clock is ahead of this JVM's, from the narrowest of 50 bracketed readings. */
    private double pageClockAhead() {
        double best = Double.MAX_VALUE;
        double offset = 0;
        for (int i = 0; i < 50; i++) {
            double before = epochMillis();
            double page = ((Number) js("return performance.timeOrigin + performance.now();")).doubleValue();
            double after = epochMillis();
            if (after - before < best) {
                best = after - before;
                offset = page - (before + after) / 2;
            }
        }
        return offset;
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static double epochMillis() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1000.0 + now.getNano() / 1e6;
    }

    private static void report(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: %d, p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms  mean %.1f ms (target: p99 < 100 ms)%n",
                what, sorted.length, at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1],
                Arrays.stream(sorted).average().orElse(0));
    }

    private static double at(double[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
