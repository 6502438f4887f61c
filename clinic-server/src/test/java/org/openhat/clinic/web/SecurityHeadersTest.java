package org.openhat.clinic.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.cli.DemoClinic;
import org.openhat.clinic.testing.ApiClient;
import org.openhat.clinic.testing.ApiClient.Reply;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.TestDatabase;

/**
 * Every page and every answer of the clinic's port tells the browser what it may run and show, and
 * no API answer (patient data) may be kept in a browser's cache: on successes and refusals alike.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SecurityHeadersTest {
    static final DropwizardAppExtension<ClinicConfiguration> APP =
            ClinicApp.on(TestDatabase.Backend.SQLITE, ClinicApp.tempDir("openhat-security-headers"));

    private static ApiClient anonymous;
    private static ApiClient coordinator;

    @BeforeAll
    static void seed() {
        ClinicApp.seedDemo(APP, Clock.systemUTC());
        anonymous = new ApiClient(APP.getLocalPort());
        coordinator = anonymous.signIn("coord.jones", DemoClinic.DEMO_PASSWORD);
    }

    private static Map<String, Reply> pages() {
        Map<String, Reply> pages = new LinkedHashMap<>();
        for (String path : List.of("/", "/index.html", "/kiosk.html", "/kiosk/main.js", "/kiosk.css", "/app.js", "/no-such-page")) {
            pages.put("GET " + path, anonymous.get(path));
        }
        return pages;
    }

    private static Map<String, Reply> apiAnswers() {
        Map<String, Reply> answers = new LinkedHashMap<>();
        answers.put("a patient list", coordinator.get("/api/patients"));
        answers.put("signed out", anonymous.get("/api/patients"));
        answers.put("no such resource", coordinator.get("/api/no-such-resource"));
        answers.put("a refused body", coordinator.sendRaw("POST", "/api/patients", "text/plain", "x".getBytes()));
        answers.put("a bad body", coordinator.post("/api/patients", "{"));
        answers.put("a sign-in", anonymous.post("/api/sessions/password",
                Map.of("username", "coord.jones", "password", DemoClinic.DEMO_PASSWORD)));
        return answers;
    }

    @Test
    void everyPageAndAnswerCarriesAContentSecurityPolicyWithoutInlineScriptOrStyle() {
        Map<String, Reply> all = new LinkedHashMap<>(pages());
        all.putAll(apiAnswers());

        all.forEach((what, reply) -> {
            String policy = header(reply, "Content-Security-Policy");
            assertThat(policy).as(what).isNotNull()
                    .contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").doesNotContain("*");
        });
    }

    /**
     * The browser's own PDF viewer builds its page with inline styles, which the pages' policy
     * would refuse (the register would show as a blank strip); the printable register keeps only
     * the parts of the policy a PDF needs, and still may not be framed or cached.
     */
    @Test
    void thePrintableRegisterMayBeShownByTheBrowsersPdfViewerButNeverFramedOrCached() {
        ApiClient pharmacist = anonymous.signIn("pharm.okafor", DemoClinic.DEMO_PASSWORD);
        Reply pdf = pharmacist.get("/api/register/register.pdf");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(header(pdf, "Content-Type")).startsWith("application/pdf");
        assertThat(header(pdf, "Content-Security-Policy")).isEqualTo(SecurityHeadersFilter.PDF_POLICY)
                .contains("frame-ancestors 'none'").doesNotContain("default-src");
        assertThat(header(pdf, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(pdf, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(pdf, "Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void everyPageAndAnswerForbidsSniffingAndReferrers() {
        Map<String, Reply> all = new LinkedHashMap<>(pages());
        all.putAll(apiAnswers());

        all.forEach((what, reply) -> {
            assertThat(header(reply, "X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(header(reply, "Referrer-Policy")).as(what).isEqualTo("no-referrer");
            assertThat(header(reply, "X-Frame-Options")).as(what).isEqualTo("DENY");
        });
    }

    @Test
    void noApiAnswerMayBeCached() {
        apiAnswers().forEach((what, reply) ->
                assertThat(header(reply, "Cache-Control")).as(what + " (" + reply.status() + ")").isEqualTo("no-store"));
    }

    /** The policy allows no inline script or style, so the pages must carry none (the browser test runs them). */
    @Test
    void thePagesCarryNoInlineScriptStyleOrHandler() {
        for (String page : List.of("/index.html", "/kiosk.html")) {
            String html = anonymous.get(page).body();

            assertThat(html).as(page).isNotBlank()
                    .doesNotContainPattern("(?i)<script(?![^>]*\\bsrc=)[^>]*>")
                    .doesNotContainPattern("(?i)<style")
                    .doesNotContainPattern("(?i)\\sstyle\\s*=")
                    .doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
                    .doesNotContainPattern("(?i)javascript:");
        }
    }

    private static String header(Reply reply, String name) {
        return reply.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }
}
