package org.openhat.clinic.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.db.ManagedPooledDataSource;
import io.dropwizard.lifecycle.JettyManaged;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.cli.DemoClinic;
import org.openhat.clinic.testing.ApiClient;
import org.openhat.clinic.testing.ApiClient.Reply;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.TestDatabase;

/**
 * A full disk, made by SQLite itself on the server's real database file: {@code PRAGMA
 * max_page_count} on every connection of the server's pool caps the file at its present size,
 * and SQLite then refuses any write that needs a new page with SQLITE_FULL, exactly as when the
 * disk has no room. Reads and sign-out keep working, a refused write says so in words and leaves
 * nothing behind, and writes succeed again as soon as the cap is lifted, without a restart.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DiskFullTest {
    static final DropwizardAppExtension<ClinicConfiguration> APP =
            ClinicApp.on(TestDatabase.Backend.SQLITE, ClinicApp.tempDir("openhat-disk-full"));

    /** Far more than the request limit allows in one photo, so storing it needs new pages. */
    private static final byte[] PHOTO = photo();

    private ApiClient coordinator;
    private long patientId;

    @BeforeAll
    static void seed() {
        ClinicApp.seedDemo(APP, Clock.systemUTC());
    }

    @BeforeEach
    void signIn() {
        coordinator = new ApiClient(APP.getLocalPort()).signIn("coord.jones", DemoClinic.DEMO_PASSWORD);
        patientId = coordinator.get("/api/patients").json().get(0).get("id").asLong();
    }

    @AfterEach
    void spaceReturns() throws SQLException {
        diskFull(false);
    }

    @Test
    void readsStillWorkWhenDiskIsFull() throws SQLException {
        ApiClient nurse = new ApiClient(APP.getLocalPort()).signInWithBadge("N0042", "4242", "KIOSK-1");
        diskFull(true);

        assertThat(coordinator.get("/api/patients").status()).isEqualTo(200);
        assertThat(coordinator.get("/api/sessions/current").status()).isEqualTo(200);
        assertThat(nurse.get("/api/dosing-list?session=AM").status()).isEqualTo(200);
        assertThat(nurse.get("/api/sessions/current").status()).isEqualTo(200);
    }

    @Test
    void aWriteOnAFullDiskIsRefusedInWordsAndRecordsNothing() throws SQLException {
        int auditBefore = auditLinesFor(patientId);
        diskFull(true);

        Reply refused = coordinator.sendRaw("PUT", "/api/patients/" + patientId + "/photo", "image/png", PHOTO);

        assertThat(refused.status()).as(refused.body()).isEqualTo(507);
        assertThat(refused.json().get("status").asInt()).isEqualTo(507);
        assertThat(refused.json().at("/errors/0/reason").asText()).isEqualTo("the server's disk is full: nothing was recorded");
        assertThat(refused.body()).doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("exception");
        diskFull(false);
        assertThat(coordinator.get("/api/patients").json().get(0).get("hasPhoto").asBoolean()).isFalse();
        assertThat(auditLinesFor(patientId)).isEqualTo(auditBefore);
    }

    @Test
    void signOutWorksWhenDiskIsFullAndIsRecordedOnceThereIsSpace() throws SQLException {
        ApiClient leaving = new ApiClient(APP.getLocalPort()).signInWithBadge("N0107", "1077", "KIOSK-2");
        long staffId = leaving.get("/api/sessions/current").json().at("/staff/id").asLong();
        int signOutsBefore = signOuts(staffId);
        diskFull(true);

        assertThat(leaving.delete("/api/sessions/current").status()).isEqualTo(204);
        assertThat(leaving.get("/api/sessions/current").status()).isEqualTo(401);

        diskFull(false);
        assertThat(coordinator.get("/api/sessions/current").status()).isEqualTo(200);
        assertThat(leaving.get("/api/sessions/current").status()).isEqualTo(401);
        assertThat(signOuts(staffId)).isEqualTo(signOutsBefore + 1);
    }

    @Test
    void writesSucceedAgainOnceSpaceReturnsWithoutARestart() throws SQLException {
        diskFull(true);
        assertThat(coordinator.sendRaw("PUT", "/api/patients/" + patientId + "/photo", "image/png", PHOTO).status())
                .isEqualTo(507);

        diskFull(false);

        assertThat(coordinator.sendRaw("PUT", "/api/patients/" + patientId + "/photo", "image/png", PHOTO).status())
                .isEqualTo(204);
        assertThat(coordinator.get("/api/patients").json().get(0).get("hasPhoto").asBoolean()).isTrue();
    }

    private int auditLinesFor(long patient) {
        return admin().get("/api/audit?recordType=patient&recordId=" + patient).json().size();
    }

    private int signOuts(long staffId) {
        int count = 0;
        for (JsonNode line : admin().get("/api/audit?recordType=staff&recordId=" + staffId).json()) {
            count += line.get("action").asText().equals("SIGN_OUT") ? 1 : 0;
        }
        return count;
    }

    private static ApiClient admin() {
        return new ApiClient(APP.getLocalPort()).signIn("admin", DemoClinic.DEMO_PASSWORD);
    }

    /**
     * Caps (or uncaps) the database file on every connection of the server's pool. The pragma
     * belongs to a connection, so the test holds them all at once to reach each. SQLite never caps
     * below the present size, so "1" means "no more pages than now"; free pages inside the file are
     * used up first, so that a write that needs room really has none.
     */
    private static void diskFull(boolean full) throws SQLException {
        ManagedPooledDataSource pool = pool();
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaxActive(); i++) {
                held.add(pool.getConnection());
            }
            if (full) {
                useUpFreePages(held.get(0));
            }
            for (Connection connection : held) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA max_page_count = " + (full ? 1 : 1_073_741_823));
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    private static void useUpFreePages(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS test_disk_filler (filler BLOB)");
            while (count(statement, "PRAGMA freelist_count") > 0) {
                statement.execute("INSERT INTO test_disk_filler VALUES (zeroblob(3000))");
            }
        }
    }

    private static long count(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static ManagedPooledDataSource pool() {
        return APP.getEnvironment().lifecycle().getManagedObjects().stream()
                .filter(JettyManaged.class::isInstance)
                .map(managed -> ((JettyManaged) managed).getManaged())
                .filter(ManagedPooledDataSource.class::isInstance)
                .map(ManagedPooledDataSource.class::cast)
                .findFirst().orElseThrow();
    }

    private static byte[] photo() {
        byte[] photo = new byte[60_000];
        new Random(7).nextBytes(photo);
        return photo;
    }
}
