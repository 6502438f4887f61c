package org.openhat.clinic.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.cli.DemoClinic;
import org.openhat.clinic.testing.AdminTaskClient;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.TestClinicApplication;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.testing.MutableClock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dispensing kiosk page in a real headless Chromium against the whole clinic on SQLite: a
 * nurse and a witness sign in with their badges, pick a patient, assess, check the dose, open the
 * safe, scan the ampoule and record a reduced first dose; and a breathalyser reading over the
 * limit puts "DO NOT ADMINISTER" on the screen with no way to record a dose.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} (.ci/test-with-databases installs
 * them). Without them this test fails, it never skips. Screenshots go to
 * {@code clinic-server/target/kiosk-screenshots/}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class KioskPageTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String RECORD_CSP_VIOLATIONS = String.join("\n",
            "window.cspViolations = [];",
            "document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(",
            "    e.effectiveDirective + ' refused ' + e.blockedURI + ' in ' + e.sourceFile));");

    /** Monday 23 November 2026, 08:30 in London: inside the AM session. */
    private static final MutableClock CLOCK = MutableClock.at("2026-11-23T08:30:00Z");

    static {
        TestClinicApplication.clock = CLOCK;
    }

    static final DropwizardAppExtension<ClinicConfiguration> APP =
            ClinicApp.on(TestDatabase.Backend.SQLITE, ClinicApp.tempDir("openhat-kiosk-ui"));

    private WebDriver driver;
    private Path profile;
    private WebDriverWait wait;

    @BeforeAll
    static void seed() {
        ClinicApp.seedDemo(APP, CLOCK.withZone(ZoneOffset.UTC));
    }

    @AfterAll
    static void realTimeAgain() {
        TestClinicApplication.clock = Clock.systemUTC();
    }

    @BeforeEach
    void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The kiosk page test needs Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": run `apt-get install -y chromium chromium-driver` (.ci/test-with-databases does it)");
        }
        // Never let Selenium Manager look for (or download) a driver or a browser.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("openhat-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1366,1500", "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // Before any page script runs, in every document: keep each Content-Security-Policy violation the page reports.
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
        driver = chrome;
        wait = new WebDriverWait(driver, WAIT);
    }

    /** Every test also checks that its pages ran under their policy without breaking it. */
    @AfterEach
    void stopBrowser(TestInfo test) throws IOException {
        List<String> refused = new ArrayList<>();
        if (driver != null) {
            screenshot(test.getTestMethod().orElseThrow().getName() + "-end");
            try {
                refused.addAll(cspViolations());
                for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                    System.out.println("[browser " + entry.getLevel() + "] " + entry.getMessage());
                    if (entry.getMessage().contains("Content Security Policy")) {
                        refused.add(entry.getMessage());
                    }
                }
            } finally {
                driver.quit();
            }
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        assertThat(refused).as("Content-Security-Policy violations").isEmpty();
    }

    /** The policy is in force (an inline script or style is refused) and the page does its work without either. */
    @Test
    void theKioskPageWorksUnderAPolicyThatRefusesInlineScriptAndStyle() {
        signIn("N0042", "4242", "Amara Okoye RN");
        signInWitness("N0107", "1077", "Ben Carter RN");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//ul[@id='dosing-list']//button"))).click();
        waitForRoutes();
        assertThat(cspViolations()).isEmpty();

        // What an injected payload would try: an inline script, and an inline style to hide the verdict.
        ((JavascriptExecutor) driver).executeScript(String.join("\n",
                "const script = document.createElement('script');",
                "script.textContent = 'window.inlineScriptRan = true;';",
                "document.head.append(script);",
                "document.getElementById('verdict').setAttribute('style', 'display:none');"));

        wait.until(d -> cspViolations().size() >= 2);
        assertThat(((JavascriptExecutor) driver).executeScript("return window.inlineScriptRan === true;")).isEqualTo(false);
        assertThat(String.join("\n", cspViolations())).contains("script-src").contains("style-src");
        // The console says so too, which is how every test sees refusals on pages it has left.
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll())
                .anySatisfy(entry -> assertThat(entry.getMessage()).contains("Content Security Policy"));
        // Those two were this test's own; the page's own work refused nothing.
        ((JavascriptExecutor) driver).executeScript("window.cspViolations.length = 0;");
    }

    @SuppressWarnings("unchecked")
    private List<String> cspViolations() {
        Object recorded = ((JavascriptExecutor) driver).executeScript("return window.cspViolations || [];");
        return recorded instanceof List<?> list ? (List<String>) list : List.of();
    }

    @Test
    void aReducedFirstDoseFromSignInToObservation() throws Exception {
        signIn("N0042", "4242", "Amara Okoye RN");
        signInWitness("N0107", "1077", "Ben Carter RN");

        WebElement row = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@id='dosing-list']//button[.//span[@class='entry-name' and text()='Daniel Hughes']]")));
        assertThat(row.getText()).contains("Due").contains("100 mg prescribed");
        row.click();
        wait.until(ExpectedConditions.textToBe(By.id("patient-name"), "Daniel Hughes"));
        assertThat(text("patient-prescribed")).startsWith("100 mg");
        waitForRoutes();

        assess("0");
        click("check-dose");
        WebElement verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        wait.until(ExpectedConditions.attributeToBe(verdict, "data-verdict", "ALLOW_REDUCED"));
        assertThat(verdict.getText()).contains("REDUCED DOSE ONLY");
        assertThat(text("verdict")).contains("15 mg");
        assertThat(driver.findElement(By.cssSelector("[data-testid=verdict-max]")).getText()).isEqualTo("15 mg");
        assertThat(driver.findElements(By.cssSelector("#findings li"))).isNotEmpty()
                .anySatisfy(f -> assertThat(f.getText()).isNotBlank());
        screenshot("reduced-verdict");

        // The given dose cannot be typed above the maximum the check allowed.
        WebElement given = driver.findElement(By.id("g-given"));
        assertThat(given.getAttribute("value")).isEqualTo("15");
        given.clear();
        given.sendKeys("100");
        wait.until(ExpectedConditions.attributeToBe(given, "value", "15"));

        awaitSafeOnline();
        click("open-safe");
        wait.until(d -> text("safe-message").startsWith("The safe"));
        assertThat(text("safe-message")).doesNotContain("refused").doesNotContain("could not");

        // The ampoule's pack is scanned at the kiosk: its batch fills in.
        simulateScan("]d2" + "0105012345678900" + "17280531" + "10" + DemoClinic.BATCH_100);
        wait.until(ExpectedConditions.attributeToBe(By.id("g-batch"), "value", DemoClinic.BATCH_100));

        driver.findElement(By.id("g-site")).sendKeys("left antecubital fossa");
        driver.findElement(By.id("g-reason")).sendKeys("first dose: induction cap");
        click("record-dose");

        WebElement countdown = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("obs-countdown")));
        wait.until(ExpectedConditions.textMatches(By.id("obs-countdown"), java.util.regex.Pattern.compile("^\\d{1,2}:\\d{2}$")));
        assertThat(countdown.getText()).matches("(19|2\\d|30):\\d{2}");
        WebElement listed = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//ul[@id='dosing-list']//button[.//span[text()='Daniel Hughes']]//span[@data-state='IN_OBSERVATION']")));
        assertThat(listed.getText()).contains("In observation");
        WebElement listCountdown = driver.findElement(
                By.xpath("//ul[@id='dosing-list']//button[.//span[text()='Daniel Hughes']]//span[@data-countdown]"));
        assertThat(listCountdown.getText()).matches("\\d{1,2}:\\d{2} left");
        assertThat(text("obs-given")).startsWith("15 mg given at");
        assertThat(driver.findElement(By.id("verdict")).isDisplayed()).isFalse();
        assertThat(text("nurse-name")).isEqualTo("Amara Okoye RN");
        assertThat(text("witness-name")).isEqualTo("Ben Carter RN");
        screenshot("in-observation");

        // Discharge before the observation time is up: the server refuses, the page says why in words.
        driver.findElement(By.id("d-rr")).sendKeys("15");
        driver.findElement(By.id("d-spo2")).sendKeys("97");
        new Select(driver.findElement(By.id("d-sedation"))).selectByValue("0");
        driver.findElement(By.cssSelector("#discharge-form button[type=submit]")).click();
        WebElement refusal = wait.until(d -> d.findElements(By.cssSelector("#discharge-form [data-error-for]")).stream()
                .filter(e -> !e.getText().isBlank()).findFirst().orElse(null));
        assertThat(refusal.getText()).doesNotContain("{").doesNotContain("Exception");
        assertThat(text("obs-countdown")).matches("\\d{1,2}:\\d{2}");
    }

    @Test
    void breathAlcoholOverTheLimitSaysDoNotAdminister() throws Exception {
        signIn("N0150", "1500", "Chloe Davies RN");
        wait.until(ExpectedConditions.textToBe(By.id("connection"), "Scanner connected."));

        // The patient is picked by their clinic card at the kiosk's scanner.
        String nhsNumber = DemoClinic.demoNhsNumbers(2).get(1).value();
        simulateScan("]C0OHP:" + nhsNumber);
        wait.until(ExpectedConditions.textToBe(By.id("patient-name"), "Karen Walsh"));
        assertThat(text("scan-message")).contains("Wristband scanned");
        waitForRoutes();

        assess("100");
        click("check-dose");
        WebElement verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        wait.until(d -> verdict.getText().contains("DO NOT ADMINISTER"));
        assertThat(verdict.getAttribute("data-verdict")).isIn("WITHHOLD", "REFER_TO_PRESCRIBER");
        assertThat(driver.findElements(By.cssSelector("#findings li")))
                .anySatisfy(f -> assertThat(f.getText().toLowerCase()).contains("alcohol"));
        assertThat(driver.findElement(By.id("give-form")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("withhold-section")).getAttribute("open")).isNotNull();
        assertThat(text("witness-name")).isEqualTo("none");
        screenshot("do-not-administer");
    }

    @Test
    void anIdleKioskWarnsThenSignsOut() throws Exception {
        // ?idle=10 shortens the 2-minute rule for this test: warning after 5 s, signed out at 10 s.
        signIn("N0042", "4242", "Amara Okoye RN", "&idle=10");
        WebElement warning = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("idle-dialog")));
        assertThat(warning.getText()).contains("Still there?").contains("signs out in");
        screenshot("idle-warning");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-badge")));
        assertThat(text("connection")).isEqualTo("Signed out after 10 seconds without a touch.");
        assertThat(driver.findElement(By.id("who")).isDisplayed()).isFalse();
        // The server session is gone too: reloading the page does not sign anyone back in.
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-badge")));
        assertThat(driver.findElement(By.id("signed-in")).isDisplayed()).isFalse();
    }

    private void signIn(String badge, String pin, String name) {
        signIn(badge, pin, name, "");
    }

    private void signIn(String badge, String pin, String name, String query) {
        driver.get("http://localhost:" + APP.getLocalPort() + "/kiosk.html?station=KIOSK-1" + query);
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-badge")));
        // As a keyboard-wedge badge reader types it: AIM prefix, badge prefix, Enter.
        field.sendKeys("]C0OHS:" + badge + "\n");
        wait.until(d -> driver.switchTo().activeElement().getAttribute("id").equals("sign-in-pin"));
        driver.findElement(By.id("sign-in-pin")).sendKeys(pin + "\n");
        wait.until(ExpectedConditions.textToBe(By.id("nurse-name"), name));
    }

    private void signInWitness(String badge, String pin, String name) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("witness-badge")));
        field.sendKeys(badge);
        driver.findElement(By.id("witness-pin")).sendKeys(pin);
        driver.findElement(By.cssSelector("#witness-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("witness-name"), name));
    }

    private void waitForRoutes() {
        wait.until(d -> !new Select(driver.findElement(By.id("a-route"))).getOptions().isEmpty());
    }

    private void assess(String breathAlcohol) {
        new Select(driver.findElement(By.id("a-sedation"))).selectByValue("0");
        driver.findElement(By.id("a-alcohol")).sendKeys(breathAlcohol);
        driver.findElement(By.id("a-rr")).sendKeys("16");
        driver.findElement(By.id("a-spo2")).sendKeys("98");
        new Select(driver.findElement(By.id("a-pupils"))).selectByValue("NORMAL");
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** The simulated safe answers its first PING a moment after start-up; the header says when. */
    private void awaitSafeOnline() {
        wait.until(d -> {
            String state = text("safe-state");
            return state.startsWith("locked") || state.startsWith("unlocked");
        });
    }

    private static void simulateScan(String scan) {
        HttpResponse<String> reply = new AdminTaskClient(APP).post("scan?station=KIOSK-1", scan);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
    }

    private void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "kiosk-screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
