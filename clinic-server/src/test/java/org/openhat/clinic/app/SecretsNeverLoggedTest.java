package org.openhat.clinic.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.cli.DemoClinic;
import org.openhat.clinic.testing.ApiClient;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.TestDatabase;

/**
 * Signs in, fails to sign in and registers a patient with values nobody else would use, then
 * searches every log the server wrote (application log at DEBUG for our code, and the request log)
 * for them. A password, PIN, session token or NHS number must never appear.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SecretsNeverLoggedTest {
    private static final Path DIR = ClinicApp.tempDir("openhat-secrets");
    static final DropwizardAppExtension<ClinicConfiguration> APP = ClinicApp.on(TestDatabase.Backend.SQLITE, DIR);

    private static final String PASSWORD = "Quokka-Zebra-7731!";
    private static final String PIN = "918273";
    private static final String NHS_NUMBER = "4010232137";

    @BeforeAll
    static void seed() {
        ClinicApp.seedDemo(APP, Clock.systemUTC());
    }

    @Test
    void noPasswordPinTokenOrNhsNumberReachesAnyLog() throws IOException {
        ApiClient anonymous = new ApiClient(APP.getLocalPort());
        ApiClient admin = anonymous.signIn("admin", DemoClinic.DEMO_PASSWORD);
        assertThat(admin.post("/api/staff", Map.of("username", "nurse.secret", "displayName", "Nurse Secret",
                "roles", List.of("NURSE", "COORDINATOR"), "password", PASSWORD, "badgeCode", "N0777", "pin", PIN))
                .status()).isEqualTo(201);
        ApiClient nurse = anonymous.signIn("nurse.secret", PASSWORD);
        ApiClient kiosk = anonymous.signInWithBadge("N0777", PIN, "KIOSK-1");
        assertThat(anonymous.post("/api/sessions/password", Map.of("username", "nurse.secret", "password", PASSWORD + "x"))
                .status()).isEqualTo(401);
        assertThat(anonymous.post("/api/sessions/badge", Map.of("badgeCode", "N0777", "pin", "000000", "stationCode", "KIOSK-1"))
                .status()).isEqualTo(401);
        assertThat(nurse.post("/api/patients", Map.of("nhsNumber", NHS_NUMBER, "givenName", "Kelly", "familyName", "Marsh",
                "dateOfBirth", "1985-06-01", "address", "3 Grange Road", "postcode", "TS1 5AU")).status()).isEqualTo(201);
        assertThat(nurse.post("/api/patients/find-by-nhs-number", Map.of("nhsNumber", NHS_NUMBER)).status()).isEqualTo(200);
        assertThat(nurse.post("/api/patients", Map.of("nhsNumber", NHS_NUMBER)).status()).isEqualTo(422);
        secondSignerSignsACountWithTheirSecrets(anonymous.signIn("pharm.okafor", DemoClinic.DEMO_PASSWORD));
        assertThat(kiosk.delete("/api/sessions/current").status()).isEqualTo(204);

        String logs = allLogs();

        assertThat(logs).as("the logs were written").contains("POST /api/patients");
        assertThat(logs).doesNotContain(PASSWORD, PIN, NHS_NUMBER, "401 023 2137", nurse.sessionToken(), kiosk.sessionToken(),
                DemoClinic.DEMO_PASSWORD);
    }

    /** A second signer's PIN (wrong, then right) and password travel in register requests' bodies. */
    private static void secondSignerSignsACountWithTheirSecrets(ApiClient pharmacist) {
        long ledger = pharmacist.get("/api/register/ledgers").json().get(0).get("id").asLong();
        String url = "/api/register/ledgers/" + ledger + "/stock-checks";
        for (Map<String, String> secondSigner : List.of(Map.of("badgeCode", "N0777", "pin", "000000"),
                Map.of("badgeCode", "N0777", "pin", PIN), Map.of("username", "nurse.secret", "password", PASSWORD))) {
            int status = pharmacist.post(url, Map.of("occurredAt", java.time.Instant.now().minusSeconds(5).toString(),
                    "counted", 0, "secondCount", 0, "secondSigner", secondSigner)).status();
            assertThat(status).isEqualTo(secondSigner.containsValue("000000") ? 422 : 201);
        }
    }

    private static String allLogs() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }
}
