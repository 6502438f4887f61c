package org.openhat.clinic.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.auth.AccessDeclarations.Endpoint;
import org.openhat.clinic.cli.DemoClinic;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.testing.ApiClient;
import org.openhat.clinic.testing.ApiClient.Reply;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.TestDatabase;

/**
 * A page on another origin (another port of the same host is one) must not be able to change
 * anything, even in a browser where a member of staff is signed in: every state-changing endpoint
 * is called by a caller it allows, as such a page would send the call, and must refuse it.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CrossSiteWriteTest {
    static final DropwizardAppExtension<ClinicConfiguration> APP =
            ClinicApp.on(TestDatabase.Backend.SQLITE, ClinicApp.tempDir("openhat-cross-site"));

    private static final Map<String, String> ACCOUNT_FOR_ROLE = Map.of(
            Role.Names.ADMIN, "admin", Role.Names.NURSE, "nurse.amara", Role.Names.PRESCRIBER, "dr.patel",
            Role.Names.PHARMACIST, "pharm.okafor", Role.Names.COORDINATOR, "coord.jones",
            Role.Names.INSPECTOR, "inspector.reid");
    private static final Map<String, ApiClient> SIGNED_IN = new java.util.concurrent.ConcurrentHashMap<>();
    private static final List<String> FORM_TYPES =
            List.of("application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain;charset=UTF-8");

    @BeforeAll
    static void seed() {
        ClinicApp.seedDemo(APP, Clock.systemUTC());
    }

    private static String ownOrigin() {
        return "http://localhost:" + APP.getLocalPort();
    }

    @Test
    void refusesCrossOriginWriteToEveryEndpoint() {
        List<String> foreign = List.of("http://localhost:" + APP.getAdminPort(), "http://127.0.0.1:" + APP.getLocalPort(),
                "https://localhost:" + APP.getLocalPort(), "http://evil.example", "null");
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : writes()) {
            for (String origin : foreign) {
                Reply reply = allowedCaller(e).sendWithHeaders(e.httpMethod(), e.concretePath(),
                        Map.of("Content-Type", e.contentType(), "Origin", origin), e.sampleBody());
                if (reply.status() != 403 || !"Origin".equals(reply.errorField())) {
                    wrong.add(e + " from " + origin + " answered " + reply.status() + " " + reply.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void refusesWriteMarkedByTheBrowserAsFromAnotherSite() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : writes()) {
            for (String site : List.of("same-site", "cross-site")) {
                Reply reply = allowedCaller(e).sendWithHeaders(e.httpMethod(), e.concretePath(),
                        Map.of("Content-Type", e.contentType(), "Sec-Fetch-Site", site), e.sampleBody());
                if (reply.status() != 403 || !"Sec-Fetch-Site".equals(reply.errorField())) {
                    wrong.add(e + " marked " + site + " answered " + reply.status() + " " + reply.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Form and text bodies are what a page on another origin may send without asking the server first. */
    @Test
    void refusesFormOrTextBodyToEveryEndpoint() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : writes()) {
            for (String type : FORM_TYPES) {
                Reply reply = allowedCaller(e).sendWithHeaders(e.httpMethod(), e.concretePath(),
                        Map.of("Content-Type", type), "a=1".getBytes(StandardCharsets.UTF_8));
                if (reply.status() != 415 || reply.json().path("errors").path(0).path("reason").asText().isBlank()) {
                    wrong.add(e + " with " + type + " answered " + reply.status() + " " + reply.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void refusesBodyWithoutContentType() {
        ApiClient pharmacist = signedIn(Role.Names.PHARMACIST);

        Reply reply = pharmacist.sendWithHeaders("POST", "/api/register/checkpoints?ledger=1", Map.of(),
                "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(415);
    }

    /** The reported attack: a form on another port of the same host signed register checkpoints. */
    @Test
    void aFormOnAnotherPortSignsNoCheckpoint() {
        ApiClient pharmacist = signedIn(Role.Names.PHARMACIST);
        int before = pharmacist.get("/api/register/checkpoints?ledger=1").json().size();

        Reply fromForm = pharmacist.sendWithHeaders("POST", "/api/register/checkpoints?ledger=1",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin", "http://localhost:9999",
                        "Sec-Fetch-Site", "same-site"), new byte[0]);
        Reply formWithoutOrigin = pharmacist.sendWithHeaders("POST", "/api/register/checkpoints?ledger=1",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), new byte[0]);

        assertThat(fromForm.status()).isEqualTo(403);
        assertThat(formWithoutOrigin.status()).isEqualTo(415);
        assertThat(pharmacist.get("/api/register/checkpoints?ledger=1").json().size()).isEqualTo(before);
    }

    /** The kiosk page's own calls: its origin on every write, JSON bodies, and writes with no body at all. */
    @Test
    void acceptsSameOriginJsonAndBodilessWrites() {
        ApiClient pharmacist = signedIn(Role.Names.PHARMACIST);
        int before = pharmacist.get("/api/register/checkpoints?ledger=1").json().size();

        Reply bodiless = pharmacist.sendWithHeaders("POST", "/api/register/checkpoints?ledger=1",
                Map.of("Origin", ownOrigin(), "Sec-Fetch-Site", "same-origin"), new byte[0]);
        Reply json = new ApiClient(APP.getLocalPort()).sendWithHeaders("POST", "/api/sessions/password",
                Map.of("Origin", ownOrigin(), "Content-Type", "application/json; charset=utf-8"),
                ("{\"username\":\"pharm.okafor\",\"password\":\"" + DemoClinic.DEMO_PASSWORD + "\"}")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(bodiless.status()).as(bodiless.body()).isEqualTo(201);
        assertThat(pharmacist.get("/api/register/checkpoints?ledger=1").json().size()).isEqualTo(before + 1);
        assertThat(json.status()).as(json.body()).isEqualTo(200);
    }

    private static List<Endpoint> writes() {
        List<Endpoint> writes = AccessDeclarations.endpoints().stream().filter(e -> !e.httpMethod().equals("GET")).toList();
        assertThat(writes).hasSizeGreaterThan(20);
        return writes;
    }

    /** A caller the endpoint lets in, so a refusal cannot be the access check's; its own session for a DELETE (signing out). */
    private static ApiClient allowedCaller(Endpoint e) {
        if (e.anonymous()) {
            return new ApiClient(APP.getLocalPort());
        }
        String role = e.anySignedIn() ? Role.Names.NURSE : e.roles().iterator().next();
        return e.httpMethod().equals("DELETE") ? signedIn(role) : SIGNED_IN.computeIfAbsent(role, CrossSiteWriteTest::signedIn);
    }

    private static ApiClient signedIn(String role) {
        return new ApiClient(APP.getLocalPort()).signIn(ACCOUNT_FOR_ROLE.get(role), DemoClinic.DEMO_PASSWORD);
    }
}
