package org.openhat.clinic.devices;

import static io.dropwizard.testing.ConfigOverride.config;
import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.lifecycle.JettyManaged;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.cli.DemoClinic;
import org.openhat.clinic.db.ClinicDatabase;
import org.openhat.clinic.testing.ApiClient;
import org.openhat.clinic.testing.ApiClient.Reply;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.SseClient;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.safe.SafeEvent;
import org.openhat.devices.scanner.LineSuffix;
import org.openhat.devices.serial.JSerialCommLink;
import org.openhat.devices.serial.LinkStatus;
import org.openhat.devices.serial.SerialSettings;
import org.openhat.devices.sim.SafeSimulator;
import org.openhat.devices.sim.SafeSimulatorSettings;
import org.openhat.devices.sim.ScannerSimulator;
import org.openhat.devices.testing.Await;
import org.openhat.devices.testing.SocatPair;

/**
 * The whole clinic with KIOSK-1's scanner and safe on {@code type: serial}, each on a real pty pair
 * made by socat; the scanner and safe simulators sit on the other ends, in this JVM, as a real
 * scanner and safe controller would sit on the cable. Only bounded waits, no timed assertions.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class StationDevicesOverPtysTest {
    private static final Path DIR = ClinicApp.tempDir("openhat-devices");
    private static final SocatPair SCANNER_LINE = SocatPair.start(DIR, "scanner");
    private static final SocatPair SAFE_LINE = SocatPair.start(DIR, "safe");
    private static final Path SAFE_STATE = DIR.resolve("safe.state");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GS = "\u001D";

    static final DropwizardAppExtension<ClinicConfiguration> APP = ClinicApp.on(TestDatabase.Backend.SQLITE, DIR,
            config("stations.KIOSK-1.scanner.type", "serial"),
            config("stations.KIOSK-1.scanner.path", SCANNER_LINE.hostPath()),
            config("stations.KIOSK-1.scanner.reconnectMin", "100ms"),
            config("stations.KIOSK-1.scanner.reconnectMax", "500ms"),
            config("stations.KIOSK-1.safe.type", "serial"),
            config("stations.KIOSK-1.safe.path", SAFE_LINE.hostPath()),
            config("stations.KIOSK-1.safe.reconnectMin", "100ms"),
            config("stations.KIOSK-1.safe.reconnectMax", "500ms"));

    private static ScannerSimulator scanner;
    private static SafeSimulator safe;
    private static ClinicDatabase database;

    @BeforeAll
    static void seedAndConnectTheDevices() throws IOException {
        ClinicApp.seedDemo(APP, Clock.systemUTC());
        scanner = new ScannerSimulator(deviceLink(SCANNER_LINE), LineSuffix.CR);
        scanner.start();
        safe = startSafe();
        database = ClinicDatabase.open(APP.getConfiguration().getDatabase(), new MetricRegistry());
    }

    @AfterAll
    static void disconnect() {
        scanner.close();
        safe.close();
        database.close();
        SCANNER_LINE.close();
        SAFE_LINE.close();
    }

    @BeforeEach
    void safeIsOnline() {
        ApiClient admin = client().signIn("admin", DemoClinic.DEMO_PASSWORD);
        Await.until("the safe at KIOSK-1 online", Duration.ofSeconds(15),
                () -> admin.get("/api/stations/KIOSK-1/safe").json().path("online").asBoolean());
    }

    @Test
    void aScanAtTheStationReachesItsKioskPageAsAServerSentEvent() throws Exception {
        ApiClient nurse = client().signInWithBadge("N0042", "4242", "KIOSK-1");
        try (SseClient stream = SseClient.open(APP.getLocalPort(), "/api/stations/KIOSK-1/scans", nurse.sessionToken())) {
            assertThat(stream.status()).isEqualTo(200);

            scanWhenConnected("]d2" + "0109506000134352" + "17261231" + "10ABC123" + GS + "21SN0001");

            JsonNode product = JSON.readTree(stream.next("scan", Duration.ofSeconds(10)).data());
            assertThat(product.get("kind").asText()).isEqualTo("PRODUCT");
            assertThat(product.at("/product/gtin").asText()).isEqualTo("09506000134352");
            assertThat(product.at("/product/batch").asText()).isEqualTo("ABC123");
            assertThat(product.at("/product/serial").asText()).isEqualTo("SN0001");
            assertThat(product.at("/product/expiry").asText()).isEqualTo("2026-12-31");
        }
    }

    @Test
    void aWristbandScanIsSentAsThePatientNeverAsTheNhsNumber() throws Exception {
        ApiClient coordinator = client().signIn("coord.jones", DemoClinic.DEMO_PASSWORD);
        JsonNode patient = coordinator.get("/api/patients/" + coordinator.get("/api/patients").json().get(0).get("id")
                .asLong()).json();
        String nhsNumber = patient.get("nhsNumber").asText();
        ApiClient nurse = client().signInWithBadge("N0042", "4242", "KIOSK-1");
        try (SseClient stream = SseClient.open(APP.getLocalPort(), "/api/stations/KIOSK-1/scans", nurse.sessionToken())) {
            scanWhenConnected("]C0OHP:" + nhsNumber);
            SseClient.Event event = stream.next("scan", Duration.ofSeconds(10));
            scanWhenConnected("]C0OHS:N0107");
            JsonNode badge = JSON.readTree(stream.next("scan", Duration.ofSeconds(10)).data());

            JsonNode wristband = JSON.readTree(event.data());
            assertThat(wristband.get("kind").asText()).isEqualTo("WRISTBAND");
            assertThat(wristband.at("/patient/id").asLong()).isEqualTo(patient.get("id").asLong());
            assertThat(wristband.at("/patient/displayName").asText())
                    .isEqualTo(patient.get("givenName").asText() + " " + patient.get("familyName").asText());
            assertThat(event.data()).doesNotContain(nhsNumber);
            assertThat(badge.get("kind").asText()).isEqualTo("BADGE");
            assertThat(badge.at("/staff/displayName").asText()).isEqualTo("Ben Carter RN");
            assertThat(Files.readString(DIR.resolve("openhat.log"))).doesNotContain(nhsNumber);
        }
    }

    @Test
    void aScanThatCannotBeUsedArrivesAsARejectionWithItsReason() throws Exception {
        ApiClient nurse = client().signInWithBadge("N0042", "4242", "KIOSK-1");
        try (SseClient stream = SseClient.open(APP.getLocalPort(), "/api/stations/KIOSK-1/scans", nurse.sessionToken())) {
            scanWhenConnected("0109506000134352"); // no AIM identifier

            JsonNode rejected = JSON.readTree(stream.next("scan", Duration.ofSeconds(10)).data());
            assertThat(rejected.get("kind").asText()).isEqualTo("REJECTED");
            assertThat(rejected.get("reason").asText()).contains("AIM");
        }
    }

    @Test
    void theScanStreamIsOnlyForThoseSignedInWithTheirBadgeAtThatStation() {
        ApiClient office = client().signIn("nurse.amara", DemoClinic.DEMO_PASSWORD);
        ApiClient elsewhere = client().signInWithBadge("N0107", "1077", "KIOSK-2");
        ApiClient coordinator = client().signIn("coord.jones", DemoClinic.DEMO_PASSWORD);

        SseClient fromTheOffice = SseClient.open(APP.getLocalPort(), "/api/stations/KIOSK-1/scans", office.sessionToken());
        SseClient fromAnotherKiosk = SseClient.open(APP.getLocalPort(), "/api/stations/KIOSK-1/scans",
                elsewhere.sessionToken());
        SseClient wrongRole = SseClient.open(APP.getLocalPort(), "/api/stations/KIOSK-1/scans", coordinator.sessionToken());
        SseClient anonymous = SseClient.open(APP.getLocalPort(), "/api/stations/KIOSK-1/scans", null);

        assertThat(fromTheOffice.status()).isEqualTo(403);
        assertThat(fromTheOffice.errorBody()).contains("sign in with your badge at KIOSK-1");
        assertThat(fromAnotherKiosk.status()).isEqualTo(403);
        assertThat(wrongRole.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void anUnlockByNurseAndWitnessLeadsToDoorEventsStoredWithTheRequestRef() {
        ApiClient nurse = client().signInWithBadge("N0042", "4242", "KIOSK-1");
        assertThat(nurse.post("/api/sessions/current/witness", Map.of("badgeCode", "N0107", "pin", "1077")).status())
                .isEqualTo(200);

        Reply unlocked = nurse.post("/api/stations/KIOSK-1/safe/unlock",
                Map.of("purpose", "DOSE", "compartment", 1, "reference", "dose-test-1"));
        assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(200);
        String ref = unlocked.json().get("requestRef").asText();
        assertThat(unlocked.json().get("result").asText()).isEqualTo("ACCEPTED");
        safe.openDoor(1);
        safe.closeDoor(1);

        Await.until("LOCKED stored", () -> codesFor(ref).contains("LOCKED"));
        assertThat(codesFor(ref)).containsExactly("UNLOCKED", "DOOR_OPENED", "DOOR_CLOSED", "LOCKED");
        assertThat(strings("SELECT DISTINCT operator FROM safe_event WHERE request_ref = ?", ref))
                .containsExactly("N0042");
        Map<String, Object> request = jdbi().withHandle(h -> h.createQuery(
                "SELECT purpose, station_code, reference, result, operator_text, witness_text FROM safe_request "
                        + "WHERE request_ref = :r").bind("r", ref).mapToMap().one());
        assertThat(request).containsEntry("purpose", "DOSE").containsEntry("station_code", "KIOSK-1")
                .containsEntry("reference", "dose-test-1").containsEntry("result", "ACCEPTED")
                .containsEntry("operator_text", "N0042").containsEntry("witness_text", "N0107");
        assertThat(strings("SELECT action FROM audit_log WHERE record_type = 'safe_request'"))
                .contains("SAFE_UNLOCK_REQUESTED", "SAFE_UNLOCK_ANSWERED");
    }

    @Test
    void anUnlockWithoutAWitnessIsRefusedAndTheSafeIsNeverAsked() {
        ApiClient nurse = client().signInWithBadge("N0150", "1500", "KIOSK-1");
        long unlocksBefore = unlockedEventsAtTheSafe();
        List<String> requestsBefore = strings("SELECT request_ref FROM safe_request");

        Reply refused = nurse.post("/api/stations/KIOSK-1/safe/unlock", Map.of("purpose", "DOSE", "compartment", 2));
        Reply fromTheOffice = client().signIn("nurse.amara", DemoClinic.DEMO_PASSWORD)
                .post("/api/stations/KIOSK-1/safe/unlock", Map.of("purpose", "DOSE", "compartment", 2));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorField()).isEqualTo("witness");
        assertThat(refused.body()).contains("witness");
        assertThat(fromTheOffice.status()).isEqualTo(403);
        assertThat(unlockedEventsAtTheSafe()).isEqualTo(unlocksBefore);
        assertThat(strings("SELECT request_ref FROM safe_request")).isEqualTo(requestsBefore);
    }

    @Test
    void eventsLoggedWhileTheLineIsDownAndTheSafeRestartsAreStoredOnceEachAfterReconnecting() throws IOException {
        ApiClient nurse = client().signInWithBadge("N0042", "4242", "KIOSK-1");
        nurse.post("/api/sessions/current/witness", Map.of("badgeCode", "N0107", "pin", "1077"));
        String ref = nurse.post("/api/stations/KIOSK-1/safe/unlock", Map.of("purpose", "STOCK_CHECK", "compartment", 3))
                .json().get("requestRef").asText();
        safe.openDoor(3);
        Await.until("DOOR_OPENED stored", () -> codesFor(ref).contains("DOOR_OPENED"));

        SAFE_LINE.kill();                 // the cable is pulled ...
        safe.closeDoor(3);                // ... while the door closes and the safe relocks
        safe.close();                     // then the safe loses power
        SAFE_LINE.restart();              // cable back: new ptys behind the same names
        safe = startSafe();               // power back: POWER_RESTORED, unacknowledged events resent

        List<Long> logged = safe.events().stream().map(SafeEvent::number).toList();
        Await.until("every event the safe logged stored", Duration.ofSeconds(20),
                () -> storedNumbers().containsAll(logged));
        Await.until("every event acknowledged", Duration.ofSeconds(10), () -> safe.unacknowledgedEvents().isEmpty());
        assertThat(storedNumbers()).containsExactlyElementsOf(logged);
        assertThat(codesFor(ref)).containsExactly("UNLOCKED", "DOOR_OPENED", "DOOR_CLOSED", "LOCKED");
    }

    @Test
    void whileTheSafeIsOfflineItsHealthCheckFailsAndDosesThatNeedItAreBlocked() {
        DeviceRegistry devices = registry();
        long stationId = client().signIn("admin", DemoClinic.DEMO_PASSWORD).get("/api/stations").json().get(0)
                .get("id").asLong();
        assertThat(devices.isOnline(stationId)).isTrue();
        assertThat(health("safe-KIOSK-1").isHealthy()).isTrue();

        SAFE_LINE.kill();
        try {
            Await.until("safe offline", Duration.ofSeconds(15), () -> !health("safe-KIOSK-1").isHealthy());
            assertThat(devices.isOnline(stationId)).isFalse();
            assertThat(devices.unavailableReason("KIOSK-1")).hasValueSatisfying(reason ->
                    assertThat(reason).contains("KIOSK-1 is offline").contains("Doses that need it cannot start"));
            Reply status = client().signIn("admin", DemoClinic.DEMO_PASSWORD).get("/api/stations/KIOSK-1/safe");
            assertThat(status.json().get("online").asBoolean()).isFalse();
            assertThat(status.json().get("unavailableReason").asText()).contains("offline");
            assertThat(health("scanner-KIOSK-1").isHealthy()).isTrue();
        } finally {
            SAFE_LINE.restart();
        }
        Await.until("safe online again", Duration.ofSeconds(15), () -> health("safe-KIOSK-1").isHealthy());
        assertThat(devices.unavailableReason("KIOSK-1")).isEmpty();
    }

    private static ApiClient client() {
        return new ApiClient(APP.getLocalPort());
    }

    private static JSerialCommLink deviceLink(SocatPair line) {
        return new JSerialCommLink(SerialSettings.of(line.devicePath(), 19200)
                .withReconnect(Duration.ofMillis(100), Duration.ofMillis(500)), Clock.systemUTC());
    }

    private static SafeSimulator startSafe() throws IOException {
        SafeSimulator sim = new SafeSimulator(deviceLink(SAFE_LINE), Clock.systemUTC(), SAFE_STATE,
                SafeSimulatorSettings.standard());
        sim.start();
        sim.startTicking(Duration.ofMillis(50));
        return sim;
    }

    /** The scanner simulator's port may still be opening; a scan sent before then is lost on the wire. */
    private static void scanWhenConnected(String text) throws IOException {
        Await.until("scanner line connected", () -> APP.getEnvironment().healthChecks()
                .runHealthCheck("scanner-KIOSK-1").isHealthy());
        scanner.scanRaw(text);
    }

    private static Jdbi jdbi() {
        return database.jdbi();
    }

    private static List<String> strings(String sql, Object... args) {
        return jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
            }
            return query.mapTo(String.class).list();
        });
    }

    private static List<String> codesFor(String ref) {
        return jdbi().withHandle(h -> h.createQuery(
                "SELECT code FROM safe_event WHERE request_ref = :r ORDER BY safe_event_number")
                .bind("r", ref).mapTo(String.class).list());
    }

    private static List<Long> storedNumbers() {
        return jdbi().withHandle(h -> h.createQuery(
                "SELECT safe_event_number FROM safe_event WHERE station_code = 'KIOSK-1' ORDER BY safe_event_number")
                .mapTo(Long.class).list());
    }

    private static long unlockedEventsAtTheSafe() {
        return safe.events().stream().filter(e -> e.kind() == org.openhat.devices.safe.SafeEventCode.UNLOCKED).count();
    }

    private static com.codahale.metrics.health.HealthCheck.Result health(String name) {
        return APP.getEnvironment().healthChecks().runHealthCheck(name);
    }

    private static DeviceRegistry registry() {
        return APP.getEnvironment().lifecycle().getManagedObjects().stream()
                .filter(JettyManaged.class::isInstance).map(m -> ((JettyManaged) m).getManaged())
                .filter(DeviceRegistry.class::isInstance).map(DeviceRegistry.class::cast).findFirst().orElseThrow();
    }
}
