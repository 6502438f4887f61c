package org.openhat.clinic.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhat.clinic.cli.DemoClinic;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dispensing kiosk page in a real headless Chromium against the whole clinic on SQLite, at
 * 1280×800 and at 1920×1080 (a fresh clinic for each): a nurse and a witness sign in with their
 * badges, pick a patient, assess, check the dose, open the safe, scan the ampoule and record a
 * reduced first dose; and a breathalyser reading over the limit puts "DO NOT ADMINISTER" on the
 * screen with no way to record a dose. See {@link KioskBrowser} for what the browser needs.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(KioskWindow.class)
class KioskPageTest {
    private static KioskClinic clinic;

    @Parameter
    KioskWindow window;

    private KioskBrowser kiosk;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeParameterizedClassInvocation
    static void startClinic() throws Exception {
        clinic = KioskClinic.start();
    }

    @AfterParameterizedClassInvocation
    static void stopClinic() {
        clinic.close();
    }

    @BeforeEach
    void startBrowser() throws IOException {
        kiosk = new KioskBrowser(clinic, window);
        driver = kiosk.driver;
        wait = kiosk.wait;
    }

    /** Every test also checks that its pages ran under their policy without breaking it. */
    @AfterEach
    void stopBrowser(TestInfo test) throws IOException {
        kiosk.close(test.getTestMethod().orElseThrow().getName());
    }

    /**
     * Every screenshot state is checked by axe-core (KioskBrowser.screenshot); this proves the check
     * sees a real fault: a button with no name, which a screen reader would announce as "button".
     */
    @Test
    void theAccessibilityCheckFindsAButtonThatHasNoName() {
        kiosk.signIn("N0042", "4242", "Amara Okoye RN");
        assertThat(Accessibility.seriousViolations(driver)).isEmpty();
        kiosk.js("const b = document.createElement('button'); b.id = 'nameless'; document.body.append(b);");
        assertThat(Accessibility.seriousViolations(driver)).anySatisfy(v -> assertThat(v).startsWith("button-name")
                .contains("#nameless"));
        kiosk.js("document.getElementById('nameless').remove();");
    }

    /** The policy is in force (an inline script or style is refused) and the page does its work without either. */
    @Test
    void theKioskPageWorksUnderAPolicyThatRefusesInlineScriptAndStyle() {
        kiosk.signIn("N0042", "4242", "Amara Okoye RN");
        kiosk.signInWitness("N0107", "1077", "Ben Carter RN");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//ul[@id='dosing-list']//button"))).click();
        kiosk.waitForRoutes();
        assertThat(kiosk.cspViolations()).isEmpty();

        // What an injected payload would try: an inline script, and an inline style to hide the verdict.
        kiosk.js(String.join("\n",
                "const script = document.createElement('script');",
                "script.textContent = 'window.inlineScriptRan = true;';",
                "document.head.append(script);",
                "document.getElementById('verdict').setAttribute('style', 'display:none');"));

        wait.until(d -> kiosk.cspViolations().size() >= 2);
        assertThat(kiosk.js("return window.inlineScriptRan === true;")).isEqualTo(false);
        assertThat(String.join("\n", kiosk.cspViolations())).contains("script-src").contains("style-src");
        // The console says so too, which is how every test sees refusals on pages it has left.
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll())
                .anySatisfy(entry -> assertThat(entry.getMessage()).contains("Content Security Policy"));
        // Those two were this test's own; the page's own work refused nothing.
        kiosk.js("window.cspViolations.length = 0;");
    }

    @Test
    void aReducedFirstDoseFromSignInToObservation() throws Exception {
        kiosk.signIn("N0042", "4242", "Amara Okoye RN");
        kiosk.signInWitness("N0107", "1077", "Ben Carter RN");

        WebElement row = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@id='dosing-list']//button[.//span[@class='entry-name' and text()='Daniel Hughes']]")));
        assertThat(row.getText()).contains("Due").contains("100 mg prescribed");
        row.click();
        wait.until(ExpectedConditions.textToBe(By.id("patient-name"), "Daniel Hughes"));
        assertThat(kiosk.text("patient-prescribed")).startsWith("100 mg");
        kiosk.waitForRoutes();

        kiosk.assess("0");
        kiosk.click("check-dose");
        WebElement verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        wait.until(ExpectedConditions.attributeToBe(verdict, "data-verdict", "ALLOW_REDUCED"));
        assertThat(verdict.getText()).contains("REDUCED DOSE ONLY");
        assertThat(kiosk.text("verdict")).contains("15 mg");
        assertThat(driver.findElement(By.cssSelector("[data-testid=verdict-max]")).getText()).isEqualTo("15 mg");
        assertThat(driver.findElements(By.cssSelector("#findings li"))).isNotEmpty()
                .anySatisfy(f -> assertThat(f.getText()).isNotBlank());
        kiosk.screenshot("reduced-verdict");

        // The given dose cannot be typed above the maximum the check allowed.
        WebElement given = driver.findElement(By.id("g-given"));
        assertThat(given.getAttribute("value")).isEqualTo("15");
        given.clear();
        given.sendKeys("100");
        wait.until(ExpectedConditions.attributeToBe(given, "value", "15"));

        kiosk.awaitSafeOnline();
        kiosk.click("open-safe");
        wait.until(d -> kiosk.text("safe-message").startsWith("The safe"));
        assertThat(kiosk.text("safe-message")).doesNotContain("refused").doesNotContain("could not");

        // The ampoule's pack is scanned at the kiosk: its batch fills in.
        clinic.scan("]d2" + "0105012345678900" + "17280531" + "10" + DemoClinic.BATCH_100);
        wait.until(ExpectedConditions.attributeToBe(By.id("g-batch"), "value", DemoClinic.BATCH_100));

        driver.findElement(By.id("g-site")).sendKeys("left antecubital fossa");
        driver.findElement(By.id("g-reason")).sendKeys("first dose: induction cap");
        kiosk.click("record-dose");

        WebElement countdown = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("obs-countdown")));
        wait.until(ExpectedConditions.textMatches(By.id("obs-countdown"), Pattern.compile("^\\d{1,2}:\\d{2}$")));
        assertThat(countdown.getText()).matches("(19|2\\d|30):\\d{2}");
        WebElement listed = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//ul[@id='dosing-list']//button[.//span[text()='Daniel Hughes']]//span[@data-state='IN_OBSERVATION']")));
        assertThat(listed.getText()).contains("In observation");
        WebElement listCountdown = driver.findElement(
                By.xpath("//ul[@id='dosing-list']//button[.//span[text()='Daniel Hughes']]//span[@data-countdown]"));
        assertThat(listCountdown.getText()).matches("\\d{1,2}:\\d{2} left");
        assertThat(kiosk.text("obs-given")).startsWith("15 mg given at");
        assertThat(driver.findElement(By.id("verdict")).isDisplayed()).isFalse();
        assertThat(kiosk.text("nurse-name")).isEqualTo("Amara Okoye RN");
        assertThat(kiosk.text("witness-name")).isEqualTo("Ben Carter RN");
        kiosk.screenshot("in-observation");

        // Discharge before the observation time is up: the server refuses, the page says why in words.
        driver.findElement(By.id("d-rr")).sendKeys("15");
        driver.findElement(By.id("d-spo2")).sendKeys("97");
        new Select(driver.findElement(By.id("d-sedation"))).selectByValue("0");
        driver.findElement(By.cssSelector("#discharge-form button[type=submit]")).click();
        WebElement refusal = wait.until(d -> d.findElements(By.cssSelector("#discharge-form [data-error-for]")).stream()
                .filter(e -> !e.getText().isBlank()).findFirst().orElse(null));
        assertThat(refusal.getText()).doesNotContain("{").doesNotContain("Exception");
        assertThat(kiosk.text("obs-countdown")).matches("\\d{1,2}:\\d{2}");
    }

    @Test
    void breathAlcoholOverTheLimitSaysDoNotAdminister() throws Exception {
        kiosk.signIn("N0150", "1500", "Chloe Davies RN");
        wait.until(ExpectedConditions.textToBe(By.id("connection"), "Scanner connected."));

        // The patient is picked by their clinic card at the kiosk's scanner.
        String nhsNumber = DemoClinic.demoNhsNumbers(2).get(1).value();
        clinic.scan("]C0OHP:" + nhsNumber);
        wait.until(ExpectedConditions.textToBe(By.id("patient-name"), "Karen Walsh"));
        assertThat(kiosk.text("scan-message")).contains("Wristband scanned");
        kiosk.waitForRoutes();

        kiosk.assess("100");
        kiosk.click("check-dose");
        WebElement verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        wait.until(d -> verdict.getText().contains("DO NOT ADMINISTER"));
        assertThat(verdict.getAttribute("data-verdict")).isIn("WITHHOLD", "REFER_TO_PRESCRIBER");
        assertThat(driver.findElements(By.cssSelector("#findings li")))
                .anySatisfy(f -> assertThat(f.getText().toLowerCase()).contains("alcohol"));
        assertThat(driver.findElement(By.id("give-form")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("withhold-section")).getAttribute("open")).isNotNull();
        assertThat(kiosk.text("witness-name")).isEqualTo("none");
        kiosk.screenshot("do-not-administer");
    }

    @Test
    void anIdleKioskWarnsThenSignsOut() throws Exception {
        // ?idle=10 shortens the 2-minute rule for this test: warning after 5 s, signed out at 10 s.
        kiosk.signIn("N0042", "4242", "Amara Okoye RN", "&idle=10");
        WebElement warning = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("idle-dialog")));
        assertThat(warning.getText()).contains("Still there?").contains("signs out in");
        kiosk.screenshot("idle-warning");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-badge")));
        assertThat(kiosk.text("connection")).isEqualTo("Signed out after 10 seconds without a touch.");
        assertThat(driver.findElement(By.id("who")).isDisplayed()).isFalse();
        // The server session is gone too: reloading the page does not sign anyone back in.
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-badge")));
        assertThat(driver.findElement(By.id("signed-in")).isDisplayed()).isFalse();
    }
}
