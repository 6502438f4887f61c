package org.openhat.clinic.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the WebJar on the test classpath) inside the page as it is now and lists every
 * violation axe rates serious or critical: the ones that stop a nurse using a screen reader, a
 * keyboard or a low-contrast screen. Minor and moderate findings are left to review.
 */
final class Accessibility {
    private static final String AXE = readAxe();
    private static final String RUN = String.join("\n",
            "const done = arguments[arguments.length - 1];",
            "axe.run(document, { resultTypes: ['violations'] }).then((result) => done(result.violations",
            "  .filter((v) => v.impact === 'serious' || v.impact === 'critical')",
            "  .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`)))",
            "  .catch((e) => done([`axe could not run: ${e}`]));");

    private Accessibility() {
    }

    /** The serious and critical violations on the page shown now, each with where it is. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        // Through the driver, not a <script> tag: the page's Content-Security-Policy stays as it is.
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(AXE);
        }
        return (List<String>) page.executeAsyncScript(RUN);
    }

    private static String readAxe() {
        ClassLoader loader = Accessibility.class.getClassLoader();
        try (InputStream pom = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (pom == null) {
                throw new IllegalStateException("the axe-core WebJar is not on the test classpath");
            }
            Properties properties = new Properties();
            properties.load(pom);
            String path = "META-INF/resources/webjars/axe-core/" + properties.getProperty("version") + "/axe.min.js";
            try (InputStream script = loader.getResourceAsStream(path)) {
                if (script == null) {
                    throw new IllegalStateException(path + " is not in the axe-core WebJar");
                }
                return new String(script.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
