package org.openhat.clinic.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
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
 * A real headless Chromium at one kiosk window size, on the kiosk page of a {@link KioskClinic},
 * with the steps a nurse takes. It keeps every Content-Security-Policy violation the page reports;
 * {@link #close} fails the test if there was one.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} (.ci/test-with-databases installs
 * them). Without them the test fails, it never skips. Screenshots go to
 * {@code clinic-server/target/kiosk-screenshots/}, named after the window size.
 */
final class KioskBrowser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String RECORD_CSP_VIOLATIONS = String.join("\n",
            "window.cspViolations = [];",
            "document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(",
            "    e.effectiveDirective + ' refused ' + e.blockedURI + ' in ' + e.sourceFile));");

    final WebDriver driver;
    final WebDriverWait wait;
    final KioskWindow window;
    private final KioskClinic clinic;
    private final Path profile;
    /** What axe-core found, state by state (see {@link #screenshot}). */
    private final List<String> inaccessible = new ArrayList<>();

    KioskBrowser(KioskClinic clinic, KioskWindow window) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The kiosk page tests need Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": run `apt-get install -y chromium chromium-driver` (.ci/test-with-databases does it)");
        }
        this.clinic = clinic;
        this.window = window;
        // Never let Selenium Manager look for (or download) a driver or a browser.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("openhat-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + window.width + "," + window.height, "--lang=en-GB",
                "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // Before any page script runs, in every document: keep each Content-Security-Policy violation the page reports.
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
        // The layout is measured against exactly this screen, whatever the headless window adds or takes.
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", window.width, "height", window.height, "deviceScaleFactor", 1, "mobile", false));
        driver = chrome;
        wait = new WebDriverWait(driver, WAIT);
        // The dosing list is drawn again whenever it is reloaded (after a check, a withholding, every
        // 30 s): a row found a moment ago may be gone, so a wait looks again rather than failing.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /**
     * Leaves a last screenshot, and fails if any page broke its Content-Security-Policy or if axe-core
     * found a serious or critical accessibility violation in any state a screenshot was taken of.
     */
    void close(String testName) throws IOException {
        List<String> refused = new ArrayList<>();
        try {
            screenshot(testName + "-end");
            refused.addAll(cspViolations());
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                System.out.println("[browser " + entry.getLevel() + "] " + entry.getMessage());
                if (entry.getMessage().contains("Content Security Policy")) {
                    refused.add(entry.getMessage());
                }
            }
        } finally {
            close();
        }
        assertThat(refused).as("Content-Security-Policy violations").isEmpty();
        assertThat(inaccessible).as("serious or critical accessibility violations (axe-core)").isEmpty();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @SuppressWarnings("unchecked")
    List<String> cspViolations() {
        Object recorded = js("return window.cspViolations || [];");
        return recorded instanceof List<?> list ? (List<String>) list : List.of();
    }

    Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    void open(String query) {
        driver.get(clinic.kioskPage(query));
    }

    void signIn(String badge, String pin, String name) {
        signIn(badge, pin, name, "");
    }

    /** As a keyboard-wedge badge reader types the badge (AIM prefix, badge prefix, Enter), then the PIN typed. */
    void signIn(String badge, String pin, String name, String query) {
        open(query);
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-badge")));
        field.sendKeys("]C0OHS:" + badge + "\n");
        wait.until(d -> driver.switchTo().activeElement().getAttribute("id").equals("sign-in-pin"));
        driver.findElement(By.id("sign-in-pin")).sendKeys(pin + "\n");
        wait.until(ExpectedConditions.textToBe(By.id("nurse-name"), name));
    }

    void signInWitness(String badge, String pin, String name) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("witness-badge")));
        field.sendKeys(badge);
        driver.findElement(By.id("witness-pin")).sendKeys(pin);
        driver.findElement(By.cssSelector("#witness-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("witness-name"), name));
    }

    /** The row of the dosing list that names this patient. */
    WebElement listRow(String patient) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//ul[@id='dosing-list']//button[.//span[@class='entry-name' and text()=\"" + patient + "\"]]")));
    }

    void pick(String patient) {
        // the row is found and tapped in one step: a list drawn again in between only means trying again
        wait.until(d -> {
            try {
                listRow(patient).click();
                return true;
            } catch (org.openqa.selenium.ElementNotInteractableException e) {
                return false;
            }
        });
        wait.until(ExpectedConditions.textToBe(By.id("patient-name"), patient));
        waitForRoutes();
    }

    void waitForRoutes() {
        wait.until(d -> !new Select(driver.findElement(By.id("a-route"))).getOptions().isEmpty());
    }

    void assess(String breathAlcohol) {
        new Select(driver.findElement(By.id("a-sedation"))).selectByValue("0");
        driver.findElement(By.id("a-alcohol")).sendKeys(breathAlcohol);
        driver.findElement(By.id("a-rr")).sendKeys("16");
        driver.findElement(By.id("a-spo2")).sendKeys("98");
        new Select(driver.findElement(By.id("a-pupils"))).selectByValue("NORMAL");
    }

    /** Assesses, checks the dose and waits for the banner with this verdict. */
    WebElement check(String breathAlcohol, String... verdicts) {
        assess(breathAlcohol);
        click("check-dose");
        WebElement verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        wait.until(d -> List.of(verdicts).contains(verdict.getAttribute("data-verdict")));
        return verdict;
    }

    /** After an allowing check: opens the safe, scans the ampoule pack, records the dose; waits for the countdown. */
    void giveCheckedDose(String batchBarcode, String batch, String reductionReason) {
        awaitSafeOnline();
        click("open-safe");
        wait.until(d -> text("safe-message").startsWith("The safe"));
        assertThat(text("safe-message")).doesNotContain("refused").doesNotContain("could not");
        clinic.scan(batchBarcode);
        wait.until(ExpectedConditions.attributeToBe(By.id("g-batch"), "value", batch));
        driver.findElement(By.id("g-site")).sendKeys("left antecubital fossa");
        if (reductionReason != null) {
            driver.findElement(By.id("g-reason")).sendKeys(reductionReason);
        }
        click("record-dose");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("obs-countdown")));
        wait.until(ExpectedConditions.textMatches(By.id("obs-countdown"), java.util.regex.Pattern.compile("^\\d{1,2}:\\d{2}$")));
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    boolean shown(String id) {
        return driver.findElement(By.id(id)).isDisplayed();
    }

    /** The simulated safe answers its first PING a moment after start-up; the header says when. */
    void awaitSafeOnline() {
        wait.until(d -> {
            String state = text("safe-state");
            return state.startsWith("locked") || state.startsWith("unlocked");
        });
    }

    /** Leaves a screenshot of the page as it is now, and runs axe-core on that state. */
    void screenshot(String name) throws IOException {
        for (String violation : Accessibility.seriousViolations(driver)) {
            inaccessible.add(window + " " + name + ": " + violation);
        }
        Path dir = Path.of("target", "kiosk-screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(window + "-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
