package org.openhat.clinic.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.core.register.checkpoint.CheckpointExport;
import org.openhat.clinic.core.register.checkpoint.CheckpointFile;
import org.openhat.clinic.core.register.checkpoint.SigningKey;
import org.openhat.clinic.db.CheckpointDao;
import org.openhat.clinic.db.ClinicDatabase;
import org.openhat.clinic.db.RegisterDao;
import org.openhat.clinic.testing.AdminTaskClient;
import org.openhat.clinic.testing.ApiClient;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.TestClinicApplication;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.testing.MutableClock;

/**
 * The running clinic seals its register by itself once a session closes, writes the checkpoint
 * file, hands inspectors its public key, and its verify refuses a checkpoint it did not sign.
 * The demo clinic has a ledger (with a delivery in it) for each of its two products.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RegisterSealingOverHttpTest {
    /** Monday 23 November 2026, 10:00 in London (GMT), in the AM session. */
    private static final MutableClock CLOCK = MutableClock.at("2026-11-23T10:00:00Z");
    private static final Path DIR = ClinicApp.tempDir("openhat-register-sealing");
    static final DropwizardAppExtension<ClinicConfiguration> APP = ClinicApp.on(TestDatabase.Backend.SQLITE, DIR);

    @BeforeAll
    static void seed() {
        TestClinicApplication.clock = CLOCK;
        ClinicApp.seedDemo(APP, CLOCK);
    }

    /** Signed in now: moving the clock past a session close ends an earlier office session. */
    private static ApiClient inspector() {
        return new ApiClient(APP.getLocalPort()).signIn("inspector.reid", "openhat-demo-2026");
    }

    @AfterAll
    static void realTimeAgain() {
        TestClinicApplication.clock = Clock.systemUTC();
    }

    @Test
    void theServerSealsEachLedgerOnceTheSessionHasClosedAndAnInspectorPinsItsKey() throws Exception {
        assertThat(sealRegister()).as("the AM session is still open").startsWith("0 ledger(s) sealed");
        CLOCK.set(Instant.parse("2026-11-23T11:00:00Z"));
        assertThat(sealRegister()).doesNotStartWith("0 ");

        ApiClient inspector = inspector();
        JsonNode checkpoints = inspector.get("/api/register/checkpoints?ledger=1").json();
        assertThat(checkpoints).hasSize(1);
        assertThat(checkpoints.get(0).path("seq").asLong()).isEqualTo(1);
        CheckpointFile file = CheckpointFile.in(DIR.resolve("checkpoints"));
        assertThat(file.read().lines()).filteredOn(line -> line.ledger() == 1).singleElement()
                .satisfies(line -> assertThat(line.signedBy()).isNull());
        assertThat(Files.readString(file.path())).contains("\"signedBy\":null");

        JsonNode key = inspector.get("/api/register/public-key").json();
        String fingerprint = key.path("fingerprint").asText();
        assertThat(fingerprint).hasSize(64);
        assertThat(key.path("pem").asText()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(key.path("publicKey").asText()).isEqualTo(checkpoints.get(0).path("publicKey").asText());

        JsonNode pinned = inspector.get("/api/register/verify?ledger=1&fingerprint=" + fingerprint).json();
        assertThat(pinned.get(0).path("intact").asBoolean()).as(pinned.toString()).isTrue();
        assertThat(pinned.get(0).path("sealedThrough").asLong()).isEqualTo(1);
        JsonNode otherKey = inspector.get("/api/register/verify?ledger=1&fingerprint=" + "ab".repeat(32)).json();
        assertThat(otherKey.get(0).path("intact").asBoolean()).isFalse();
        assertThat(otherKey.get(0).path("problem").asText()).contains("not the clinic's key sha256:" + "ab".repeat(32));
    }

    @Test
    void refusesAFingerprintThatIsNotOne() {
        ApiClient.Reply reply = inspector().get("/api/register/verify?fingerprint=not-hex");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorField()).isEqualTo("fingerprint");
    }

    @Test
    void verifyOverHttpRefusesACheckpointSignedByAStranger() {
        SigningKey stranger = SigningKey.loadOrCreate(DIR.resolve("stranger.key"));
        ClinicDatabase database = ClinicDatabase.open(APP.getConfiguration().getDatabase(), new MetricRegistry());
        try {
            database.jdbi().useHandle(h -> {
                var ledger = h.attach(RegisterDao.class).ledger(2).orElseThrow();
                var head = h.attach(RegisterDao.class).head(2);
                Instant at = CLOCK.instant();
                CheckpointExport unsigned = new CheckpointExport(CheckpointExport.FORMAT, ledger.premises(), 2,
                        ledger.heading(), head.lastSeq(), head.lastHash(), at, stranger.publicKeyBase64(), null);
                h.attach(CheckpointDao.class).insert(2, head.lastSeq(), head.lastHash(), at, null,
                        stranger.publicKeyBase64(), stranger.sign(unsigned.message()));
            });
        } finally {
            database.close();
        }
        JsonNode result = inspector().get("/api/register/verify?ledger=2").json().get(0);
        assertThat(result.path("intact").asBoolean()).isFalse();
        assertThat(result.path("problem").asText()).contains("signed by key sha256:" + stranger.fingerprint());
    }

    private static String sealRegister() throws Exception {
        AdminTaskClient tasks = new AdminTaskClient(APP);
        HttpResponse<String> response = AdminTaskClient.send(tasks.request("seal-register")
                .header("Authorization", "Bearer " + tasks.secret()).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
