package org.openhat.clinic.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.cli.DemoClinic;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser, as on a clinic's shared computer: someone signed in at the office page, and the
 * kiosk page opened beside it. Opening the kiosk, a nurse signing in and out there, and the office
 * signing out, each leave the other session as it was. Cookies are the browser's business, so this
 * runs in real headless Chromium (as {@link KioskPageTest}; it fails without Chromium, never skips).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SessionCoexistenceTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);

    static final DropwizardAppExtension<ClinicConfiguration> APP =
            ClinicApp.on(TestDatabase.Backend.SQLITE, ClinicApp.tempDir("openhat-session-coexistence"));

    private WebDriver driver;
    private Path profile;
    private WebDriverWait wait;

    @BeforeAll
    static void seed() {
        ClinicApp.seedDemo(APP, Clock.systemUTC());
    }

    @BeforeEach
    void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("This test needs Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
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
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, WAIT);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void theKioskAndTheOfficeNeverEndEachOthersSessions() {
        signInAtTheOffice("pharm.okafor");

        openTheKiosk();
        assertThat(officeSession()).as("opening the kiosk page").contains("\"username\":\"pharm.okafor\"");

        signInAtTheKiosk("N0042", "4242", "Amara Okoye RN");
        assertThat(officeSession()).as("a nurse signing in at the kiosk").startsWith("200 ")
                .contains("\"username\":\"pharm.okafor\"").contains("\"kind\":\"OFFICE\"");

        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-badge")));
        assertThat(officeSession()).as("the nurse signing out at the kiosk").startsWith("200 ")
                .contains("\"username\":\"pharm.okafor\"");

        signInAtTheKiosk("N0042", "4242", "Amara Okoye RN");
        driver.get(base() + "/index.html");
        assertThat(call("DELETE", null)).startsWith("204");
        assertThat(officeSession()).as("the office signed out").startsWith("401");
        openTheKiosk();
        wait.until(ExpectedConditions.textToBe(By.id("nurse-name"), "Amara Okoye RN"));
        assertThat(call("GET", "kiosk")).as("the kiosk after the office signed out").startsWith("200 ")
                .contains("\"username\":\"nurse.amara\"");
    }

    private void signInAtTheOffice(String username) {
        driver.get(base() + "/index.html");
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        form.findElement(By.name("username")).sendKeys(username);
        form.findElement(By.name("password")).sendKeys(DemoClinic.DEMO_PASSWORD);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("^Signed in as ")));
        assertThat(officeSession()).startsWith("200 ").contains("\"kind\":\"OFFICE\"");
    }

    private void openTheKiosk() {
        driver.get(base() + "/kiosk.html?station=KIOSK-1&session=AM");
        wait.until(d -> d.findElement(By.id("sign-in-badge")).isDisplayed() || d.findElement(By.id("nurse-name")).isDisplayed());
    }

    private void signInAtTheKiosk(String badge, String pin, String name) {
        openTheKiosk();
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-badge")));
        field.sendKeys(badge);
        driver.findElement(By.id("sign-in-pin")).sendKeys(pin + "\n");
        wait.until(ExpectedConditions.textToBe(By.id("nurse-name"), name));
    }

    /** What the office page would get: the session it speaks for, from this browser, as "status body". */
    private String officeSession() {
        return call("GET", null);
    }

    /** A call to /api/sessions/current from inside the page, with the browser's own cookies. */
    private String call(String method, String screen) {
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript(String.join("\n",
                "const done = arguments[arguments.length - 1];",
                "const headers = arguments[1] ? { 'X-OpenHAT-Screen': arguments[1] } : {};",
                "fetch('/api/sessions/current', { method: arguments[0], headers, credentials: 'same-origin' })",
                "  .then(async (r) => done(r.status + ' ' + await r.text()))",
                "  .catch((e) => done('failed ' + e));"), method, screen);
        return String.valueOf(answer);
    }

    private static String base() {
        return "http://localhost:" + APP.getLocalPort();
    }
}
