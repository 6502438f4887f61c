package org.openhat.clinic.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The nurse's screen as a new user meets it, at 1280×800 and 1920×1080 (a fresh clinic for each):
 * a witness's wrong PIN, a refused check and a note on the shared list, an adverse event during
 * observation, targets for gloved hands and the PIN pad, the whole list at a glance, and each
 * person's own role. Screenshots of each state go to {@code target/kiosk-screenshots/}.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(KioskWindow.class)
class KioskNurseScreenTest {
    private static final String AMPOULE_100_MG = "]d2" + "0105012345678900" + "17280531" + "10" + DemoClinic.BATCH_100;
    private static final String NOTE = "Patient intoxicated, asked to return";
    private static final int GLOVED_FINGER_PX = 44;

    /** Every control a finger can tap that is on the page now and narrower or lower than a gloved finger. */
    private static final String TOO_SMALL_TO_TAP = String.join("\n",
            "const small = [];",
            "for (const node of document.querySelectorAll('button, input, select, textarea, summary')) {",
            "  const box = node.getBoundingClientRect();",
            "  if ((box.width === 0 && box.height === 0) || getComputedStyle(node).visibility === 'hidden') continue;",
            "  if (box.width < arguments[0] || box.height < arguments[0]) {",
            "    const name = node.id || node.name || node.dataset.key || node.textContent.trim();",
            "    small.push(`${node.tagName.toLowerCase()} ${name}: ${Math.round(box.width)}x${Math.round(box.height)}`);",
            "  }",
            "}",
            "return small;");

    /** Every element below the page itself that scrolls its own content: a box inside the page. */
    private static final String INNER_SCROLL_BOXES = String.join("\n",
            "const boxes = [];",
            "for (const node of document.body.querySelectorAll('*')) {",
            "  const overflow = getComputedStyle(node).overflowY;",
            "  if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight + 1) {",
            "    boxes.push(`${node.tagName.toLowerCase()}#${node.id}.${node.className}`);",
            "  }",
            "}",
            "return boxes;");

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

    @AfterEach
    void stopBrowser(TestInfo test) throws IOException {
        kiosk.close(test.getTestMethod().orElseThrow().getName());
    }

    @Test
    void aWitnessWhoMistypesTheirPinIsToldSoAndTheNurseStaysSignedIn() throws Exception {
        kiosk.signIn("N0042", "4242", "Amara Okoye RN");
        kiosk.pick("Michael O'Neill");
        kiosk.check("0", "ALLOW_REDUCED");

        driver.findElement(By.id("witness-badge")).sendKeys("N0107");
        driver.findElement(By.id("witness-pin")).sendKeys("0000");
        driver.findElement(By.cssSelector("#witness-form button[type=submit]")).click();

        WebElement refusal = new WebDriverWait(driver, Duration.ofSeconds(20))
                .withMessage("the witness box to say why, with the nurse still signed in")
                .until(d -> d.findElements(By.cssSelector("#witness-form [data-error-for]")).stream()
                        .filter(e -> !e.getText().isBlank()).findFirst().orElse(null));
        kiosk.screenshot("witness-wrong-pin");
        assertThat(refusal.getText()).doesNotContain("{").doesNotContain("sign in again");
        assertThat(kiosk.shown("signed-in")).isTrue();
        assertThat(kiosk.shown("signed-out")).isFalse();
        assertThat(kiosk.text("nurse-name")).isEqualTo("Amara Okoye RN");
        assertThat(kiosk.text("connection")).doesNotContain("session has ended");
        assertThat(kiosk.text("patient-name")).isEqualTo("Michael O'Neill");
        assertThat(kiosk.shown("verdict")).isTrue();
        assertThat(kiosk.text("witness-name")).isEqualTo("none");

        // The witness tries again, on the PIN pad, and is signed in beside the same nurse.
        tapPin("witness-pad", "1077");
        driver.findElement(By.cssSelector("#witness-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("witness-name"), "Ben Carter RN"));
        assertThat(kiosk.text("nurse-name")).isEqualTo("Amara Okoye RN");
        assertThat(kiosk.text("patient-name")).isEqualTo("Michael O'Neill");
    }

    @Test
    void aRefusedCheckIsListedAsDoNotAdministerAndNothingBelowTheBannerOffersADose() throws Exception {
        kiosk.signIn("N0150", "1500", "Chloe Davies RN");
        kiosk.pick("Steven Harker");
        kiosk.check("0", "ALLOW_REDUCED");
        wait.until(d -> kiosk.listRow("Steven Harker").getText().contains("Checked: reduced"));

        kiosk.pick("Lisa Bennett");
        WebElement banner = kiosk.check("100", "WITHHOLD", "REFER_TO_PRESCRIBER");
        assertThat(banner.getText()).contains("DO NOT ADMINISTER");
        WebElement listed = wait.until(d -> {
            WebElement row = kiosk.listRow("Lisa Bennett");
            return row.getText().contains("Do not administer") ? row : null;
        });
        assertThat(listed.getText()).doesNotContain("Checked");
        assertThat(listed.findElement(By.cssSelector("[data-state]")).getAttribute("class")).contains("state-refused");
        assertThat(kiosk.text("patient-state")).contains("Do not administer");

        // Under the red banner: every line is the server's reason; a rule that only limits the dose
        // is "also noted", and nothing the screen composes names a dose to give.
        List<String> labels = driver.findElements(By.cssSelector("#findings .finding-verdict")).stream()
                .map(WebElement::getText).toList();
        assertThat(labels).isNotEmpty().allSatisfy(label ->
                assertThat(label).isIn("Withhold", "Refer to prescriber", "Also noted"));
        assertThat(labels).contains("Also noted");
        assertThat(driver.findElements(By.cssSelector("#findings .finding-max"))).isEmpty();
        assertThat(kiosk.shown("give-form")).isFalse();
        kiosk.screenshot("refused-check-on-the-list");
    }

    @Test
    void aNoteShowsOnTheSharedListOnlyAsAMarkerAndInFullOnThePatientsCard() throws Exception {
        kiosk.signIn("N0042", "4242", "Amara Okoye RN");
        kiosk.pick("Craig Robson");
        driver.findElement(By.cssSelector("#withhold-section summary")).click();
        assertTouchTargets();
        driver.findElement(By.id("w-reason")).sendKeys(NOTE);
        driver.findElement(By.cssSelector("#withhold-form button[type=submit]")).click();
        wait.until(d -> kiosk.listRow("Craig Robson").getText().contains("Withheld"));

        // read in one go from the row as it is now: the list may be drawn again at any moment
        Integer markers = wait.until(d -> kiosk.listRow("Craig Robson")
                .findElements(By.cssSelector("[data-testid=note-marker]")).size());
        String rowText = wait.until(d -> kiosk.listRow("Craig Robson").getText());
        assertThat(markers).isEqualTo(1);
        assertThat(rowText).contains("Note");
        assertThat(kiosk.text("dosing-list")).doesNotContain("intoxicated");

        kiosk.pick("Daniel Hughes");
        assertThat(kiosk.shown("patient-note")).isFalse();
        kiosk.pick("Craig Robson");
        assertThat(kiosk.text("patient-note")).isEqualTo("Note: " + NOTE);
        kiosk.screenshot("note-on-the-card");
    }

    @Test
    void anAdverseEventIsRecordedFromThePatientsCardDuringObservation() throws Exception {
        kiosk.signIn("N0042", "4242", "Amara Okoye RN");
        kiosk.signInWitness("N0107", "1077", "Ben Carter RN");
        kiosk.pick("Joanne Pearson");
        assertThat(kiosk.shown("adverse-open")).as("no dose yet, nothing to record against").isFalse();
        kiosk.check("0", "ALLOW_REDUCED");
        kiosk.giveCheckedDose(AMPOULE_100_MG, DemoClinic.BATCH_100, "first dose: induction cap");
        assertTouchTargets();

        // Tap one: the button on the card; the form is open.
        kiosk.click("adverse-open");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("adverse-dialog")));
        assertTouchTargets();
        new Select(driver.findElement(By.id("ae-kind"))).selectByValue("SUSPECTED_OVERDOSE");
        driver.findElement(By.id("ae-naloxone")).sendKeys("0.4");
        driver.findElement(By.id("ae-ambulance")).click();
        driver.findElement(By.id("ae-notes")).sendKeys("Pinpoint pupils, RR 6 at 08:34; responded to naloxone");
        kiosk.screenshot("adverse-event-form");
        kiosk.click("adverse-record");

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("adverse-dialog")));
        assertThat(kiosk.text("adverse-recorded"))
                .contains("Suspected overdose").contains("naloxone 0.4 mg given").contains("ambulance called");
        kiosk.screenshot("adverse-event-recorded");
        List<Map<String, Object>> stored = clinic.rows("""
                SELECT e.kind, e.naloxone_mcg, e.ambulance_called, e.notes FROM adverse_event e
                JOIN administration a ON a.id = e.administration_id
                JOIN patient p ON p.id = a.patient_id WHERE p.family_name = ?""", "Pearson");
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).get("kind")).isEqualTo("SUSPECTED_OVERDOSE");
        assertThat(((Number) stored.get(0).get("naloxone_mcg")).longValue()).isEqualTo(400L);
        assertThat(String.valueOf(stored.get(0).get("ambulance_called"))).isIn("1", "true");
        assertThat(stored.get(0).get("notes")).isEqualTo("Pinpoint pupils, RR 6 at 08:34; responded to naloxone");
    }

    @Test
    void everyControlFitsAGlovedFingerAndPinsCanBeTappedOnThePad() throws Exception {
        kiosk.open("");
        WebElement badge = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-badge")));
        assertTouchTargets();
        badge.sendKeys("N0042");
        tapPin("sign-in-pad", "4249");
        tapKey("sign-in-pad", "delete");
        tapPin("sign-in-pad", "2");
        assertThat(driver.findElement(By.id("sign-in-pin")).getAttribute("value")).isEqualTo("4242");
        kiosk.screenshot("pin-pad");
        driver.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("nurse-name"), "Amara Okoye RN"));
        assertTouchTargets();

        driver.findElement(By.id("witness-badge")).sendKeys("N0107");
        tapPin("witness-pad", "99");
        tapKey("witness-pad", "clear");
        tapPin("witness-pad", "1077");
        driver.findElement(By.cssSelector("#witness-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("witness-name"), "Ben Carter RN"));

        kiosk.pick("Nicola Graham");
        assertTouchTargets();
        kiosk.check("0", "ALLOW_REDUCED");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("give-form")));
        assertTouchTargets();
        kiosk.screenshot("give-form");
    }

    @Test
    void theWholeSessionsListIsInViewAtFullHdAndNoBoxScrollsInsideThePage() throws Exception {
        kiosk.signIn("N0150", "1500", "Chloe Davies RN");
        List<WebElement> rows = wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#dosing-list li"));
            return found.size() >= 15 ? found : null;
        });
        kiosk.js("window.scrollTo(0, 0);");
        assertThat(kiosk.js(INNER_SCROLL_BOXES)).asList().isEmpty();
        kiosk.screenshot("dosing-list");
        long viewport = ((Number) kiosk.js("return window.innerHeight;")).longValue();
        WebElement last = rows.get(rows.size() - 1);
        if (window == KioskWindow.FULL_HD) {
            for (WebElement row : rows) {
                assertThat(bottomOf(row)).as("%s is in view without scrolling", row.getText()).isLessThanOrEqualTo(viewport);
            }
        } else {
            // A smaller screen scrolls the page itself, and its end brings the last patient into view.
            assertThat(bottomOf(last)).isGreaterThan(viewport);
            kiosk.js("window.scrollTo(0, document.documentElement.scrollHeight);");
            assertThat(bottomOf(last)).isLessThanOrEqualTo(viewport);
        }
    }

    @Test
    void eachPersonIsShownUnderTheirOwnRoleAndAPrescriberMayScanAndSeeTheSafeThere() throws Exception {
        // Everyone who may sign in at a kiosk gets its scans (a scan only picks a patient) and the
        // safe's state (KioskAbilities); recording a dose stays the nurse's.
        kiosk.signIn("D0007", "7007", "Dr Priya Patel");
        assertThat(kiosk.text("staff-role")).isEqualToIgnoringCase("Prescriber");
        wait.until(ExpectedConditions.textToBe(By.id("connection"), "Scanner connected."));
        assertThat(driver.findElement(By.id("connection")).getAttribute("data-ok")).isEqualTo("true");
        wait.until(d -> kiosk.text("safe-state").startsWith("locked") || kiosk.text("safe-state").startsWith("unlocked"));
        kiosk.screenshot("prescriber-at-the-kiosk");
        // A prescriber may check a dose; the page offers no form to record it, and says whose it is.
        kiosk.pick("Paul Metcalfe");
        kiosk.check("0", "ALLOW", "ALLOW_REDUCED");
        assertThat(driver.findElement(By.id("give-form")).isDisplayed()).isFalse();
        assertThat(kiosk.text("scan-message")).contains("the nurse who gives it records it");
        kiosk.screenshot("prescriber-checks-a-dose");

        kiosk.click("sign-out");
        kiosk.signIn("N0042", "4242", "Amara Okoye RN");
        assertThat(kiosk.text("staff-role")).isEqualToIgnoringCase("Nurse");
        wait.until(ExpectedConditions.textToBe(By.id("connection"), "Scanner connected."));
        kiosk.signInWitness("P0001", "2468", "Tunde Okafor MRPharmS");
        assertThat(kiosk.text("witness-role")).isEqualToIgnoringCase("Witness · Pharmacist");
        kiosk.screenshot("nurse-and-pharmacist");
    }

    private void tapPin(String pad, String digits) {
        for (char digit : digits.toCharArray()) {
            tapKey(pad, String.valueOf(digit));
        }
    }

    private void tapKey(String pad, String key) {
        driver.findElement(By.cssSelector("#" + pad + " [data-key='" + key + "']")).click();
    }

    private long bottomOf(WebElement element) {
        return Math.round(((Number) kiosk.js("return arguments[0].getBoundingClientRect().bottom;", element)).doubleValue());
    }

    private void assertTouchTargets() {
        assertThat(kiosk.js(TOO_SMALL_TO_TAP, GLOVED_FINGER_PX)).as("controls smaller than %d px at %s", GLOVED_FINGER_PX, window)
                .asList().isEmpty();
    }
}
