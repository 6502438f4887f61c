package org.openhat.clinic.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.db.ClinicDatabase;
import org.openhat.clinic.testing.AdminTaskClient;
import org.openhat.clinic.testing.ApiClient;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.SseClient;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.testing.Await;
import org.slf4j.LoggerFactory;

/**
 * The operator's tasks on the admin port, against a running clinic with simulated devices, and
 * the scan stream's sweep, which ends a kiosk page's stream once its session has ended.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdminTasksTest {
    private static final Path DIR = ClinicApp.tempDir("openhat-admin-tasks");
    static final DropwizardAppExtension<ClinicConfiguration> APP = ClinicApp.on(TestDatabase.Backend.SQLITE, DIR);
    private static final AdminTaskClient TASKS = new AdminTaskClient(APP);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ClinicDatabase database;

    @BeforeAll
    static void seed() {
        ClinicApp.seedDemo(APP, Clock.systemUTC());
        database = ClinicDatabase.open(APP.getConfiguration().getDatabase(), new MetricRegistry());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static HttpResponse<String> task(String pathAndQuery, String body) {
        return TASKS.post(pathAndQuery, body);
    }

    private static ApiClient nurseAtKiosk1() {
        return new ApiClient(APP.getLocalPort()).signInWithBadge("N0042", "4242", "KIOSK-1");
    }

    @Test
    void closingSessionsTwiceMarksNothingTheSecondTime() throws Exception {
        HttpResponse<String> first = task("close-sessions", "");
        HttpResponse<String> second = task("close-sessions", "");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).matches("(?s)\\d+ session\\(s\\) marked missed\\s*");
        assertThat(second.body()).startsWith("0 session(s) marked missed");
    }

    @Test
    void aScanSentThroughTheTaskReachesTheKioskPageAtThatStation() throws Exception {
        ApiClient nurse = nurseAtKiosk1();
        try (SseClient stream = SseClient.open(APP.getLocalPort(), "/api/stations/KIOSK-1/scans",
                nurse.sessionToken())) {
            assertThat(stream.status()).isEqualTo(200);

            HttpResponse<String> sent = task("scan?station=KIOSK-1",
                    "]d20109506000134352" + "17261231" + "10ABC123<GS>21SN0001");

            assertThat(sent.statusCode()).isEqualTo(200);
            assertThat(sent.body()).startsWith("sent ").contains("KIOSK-1");
            JsonNode scan = JSON.readTree(stream.next("scan", Duration.ofSeconds(10)).data());
            assertThat(scan.get("kind").asText()).isEqualTo("PRODUCT");
            assertThat(scan.at("/product/batch").asText()).isEqualTo("ABC123");
            assertThat(scan.at("/product/serial").asText()).isEqualTo("SN0001");
        }
    }

    @Test
    void aScanForAStationWithoutASimulatedScannerIsRefused() throws Exception {
        HttpResponse<String> refused = task("scan?station=NO-SUCH-KIOSK", "]C0OHS:N0042");

        assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(refused.body()).doesNotContain("sent ");
    }

    @Test
    void openingALockedDoorThroughTheTaskIsStoredAsAForcedOpening() throws Exception {
        HttpResponse<String> opened = task("safe-door?station=KIOSK-2&action=open&compartment=1", "");
        HttpResponse<String> closed = task("safe-door?station=KIOSK-2&action=close&compartment=1", "");
        task("safe-door?station=KIOSK-2&action=clear-tamper", "");

        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).startsWith("KIOSK-2: open done");
        assertThat(closed.body()).startsWith("KIOSK-2: close done");
        // nobody unlocked it, so the safe reports the door as forced, and the clinic keeps that
        Await.until("the forced opening stored", Duration.ofSeconds(10),
                () -> codesAtKiosk2().containsAll(List.of("FORCED_OPEN", "DOOR_CLOSED")));
    }

    @Test
    void anUnknownDoorActionIsRefusedAndTouchesNoDoor() throws Exception {
        HttpResponse<String> refused = task("safe-door?station=KIOSK-2&action=explode&compartment=2", "");

        assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(refused.body()).doesNotContain("done");
        assertThat(task("safe-door?station=KIOSK-2&action=status", "").body()).startsWith("KIOSK-2: status done");
    }

    @Test
    void whenTheKioskSessionEndsTheSweepEndsItsScanStream() {
        ApiClient nurse = nurseAtKiosk1();
        try (SseClient stream = SseClient.open(APP.getLocalPort(), "/api/stations/KIOSK-1/scans",
                nurse.sessionToken())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.endsWithin(Duration.ofSeconds(1))).isFalse();

            assertThat(nurse.delete("/api/sessions/current").status()).isLessThan(300);

            // the sweep runs every 5 seconds
            assertThat(stream.endsWithin(Duration.ofSeconds(15))).isTrue();
        }
    }

    @Test
    void refusesAdminTaskWithoutSecret() {
        HttpResponse<String> refused = AdminTaskClient.send(TASKS.request("close-sessions")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(refused.body()).doesNotContain("marked missed");
        assertThat(json(refused).at("/errors/0/field").asText()).isEqualTo("Authorization");
        assertThat(json(refused).at("/errors/0/reason").asText()).contains("Bearer");
    }

    @Test
    void refusesAdminTaskWithAWrongSecretOrScheme() {
        String secret = TASKS.secret();
        for (String authorization : List.of("Bearer " + secret + "x", "Bearer " + secret.substring(1), "Bearer ",
                "Basic " + secret, secret)) {
            HttpResponse<String> refused = AdminTaskClient.send(TASKS.request("close-sessions")
                    .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.noBody()));

            assertThat(refused.statusCode()).as(authorization).isEqualTo(401);
            assertThat(refused.body()).doesNotContain("marked missed");
        }
    }

    @Test
    void refusesDropwizardsOwnTasksWithoutSecretAndRunsThemWithIt() {
        Logger probe = (Logger) LoggerFactory.getLogger("org.openhat.clinic.tasks.AdminTasksTest.probe");

        HttpResponse<String> refused = AdminTaskClient.send(TASKS.request("log-level?logger=" + probe.getName() + "&level=TRACE")
                .POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> gc = AdminTaskClient.send(TASKS.request("gc").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(gc.statusCode()).isEqualTo(401);
        assertThat(probe.getLevel()).isNull();
        assertThat(task("log-level?logger=" + probe.getName() + "&level=TRACE", "").statusCode()).isEqualTo(200);
        assertThat(probe.getLevel()).isEqualTo(Level.TRACE);
        probe.setLevel(null);
    }

    /** The reported attack: a page open in the kiosk's browser posted a form to 127.0.0.1:8081. */
    @Test
    void refusesATaskSentByAWebPageEvenWithTheSecret() {
        Logger probe = (Logger) LoggerFactory.getLogger("org.openhat.clinic.tasks.AdminTasksTest.browser");
        HttpResponse<String> formPost = AdminTaskClient.send(TASKS.request("log-level")
                .header("Origin", "http://localhost:9999").header("Sec-Fetch-Site", "same-site")
                .header("Sec-Fetch-Mode", "navigate").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logger=" + probe.getName() + "&level=TRACE")));
        HttpResponse<String> withSecret = AdminTaskClient.send(TASKS.request("log-level?logger=" + probe.getName() + "&level=TRACE")
                .header("Authorization", "Bearer " + TASKS.secret()).header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> withOrigin = AdminTaskClient.send(TASKS.request("close-sessions")
                .header("Authorization", "Bearer " + TASKS.secret()).header("Origin", "null")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(List.of(formPost, withSecret, withOrigin)).allSatisfy(r -> {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
            assertThat(json(r).at("/errors/0/reason").asText()).contains("web page");
        });
        assertThat(withOrigin.body()).doesNotContain("marked missed");
        assertThat(probe.getLevel()).isNull();
    }

    @Test
    void aScanFromAWebPageNeverReachesTheKiosk() {
        ApiClient nurse = nurseAtKiosk1();
        try (SseClient stream = SseClient.open(APP.getLocalPort(), "/api/stations/KIOSK-1/scans",
                nurse.sessionToken())) {
            assertThat(stream.status()).isEqualTo(200);

            HttpResponse<String> injected = AdminTaskClient.send(TASKS.request("scan?station=KIOSK-1")
                    .header("Origin", "http://localhost:9999").header("Sec-Fetch-Site", "same-site")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("scan=%5DC0OHS%3AN0107")));
            HttpResponse<String> genuine = task("scan?station=KIOSK-1", "]C0OHS:N0042");

            assertThat(injected.statusCode()).isEqualTo(403);
            assertThat(genuine.statusCode()).isEqualTo(200);
            // Scans arrive in order: the first one the kiosk sees is the genuine one.
            JsonNode first = JSON.readTree(stream.next("scan", Duration.ofSeconds(10)).data());
            assertThat(first.toString()).doesNotContain("N0107");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void makesTheSecretOnFirstStartInAFileOnlyItsOwnerCanReadAndNeverLogsIt() throws Exception {
        Path file = Path.of(APP.getConfiguration().getAdminTasks().getSecretFile());
        String secret = TASKS.secret();

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
        String log = Files.readString(DIR.resolve("openhat.log"));
        assertThat(log).contains(file.toAbsolutePath().toString()).doesNotContain(secret);
        assertThat(Files.readString(DIR.resolve("requests.log"))).doesNotContain(secret);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private static List<String> codesAtKiosk2() {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT code FROM safe_event WHERE station_code = 'KIOSK-2' ORDER BY safe_event_number")
                .mapTo(String.class).list());
    }
}
