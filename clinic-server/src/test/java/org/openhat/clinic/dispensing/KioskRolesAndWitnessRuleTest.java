package org.openhat.clinic.dispensing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Clock;
import java.util.HashMap;
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
import org.openhat.clinic.testing.SseClient;
import org.openhat.clinic.testing.TestDatabase;

/**
 * Who may do what at a kiosk, over HTTP on the real server: what the session answer says each
 * person may do there is what the server then lets them do; the witness rule is the same at the
 * witness box, in the words the box shows, and on the dose ({@link ConfiguredWitnessRuleTest}: another rule).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class KioskRolesAndWitnessRuleTest {
    static final DropwizardAppExtension<ClinicConfiguration> APP =
            ClinicApp.on(TestDatabase.Backend.SQLITE, ClinicApp.tempDir("openhat-kiosk-roles"));

    @BeforeAll
    static void seed() {
        ClinicApp.seedDemo(APP, Clock.systemUTC());
    }

    private static ApiClient api() {
        return new ApiClient(APP.getLocalPort());
    }

    @Test
    void aPrescriberAtAKioskIsToldTheyMayLookCheckAndScanButNotRecordOrWitness() {
        JsonNode here = api().signInWithBadge("D0007", "7007", "KIOSK-1").get("/api/sessions/current").json()
                .get("atThisKiosk");

        assertThat(here.get("role").asText()).isEqualTo("PRESCRIBER");
        assertThat(here.get("mayScan").asBoolean()).isTrue();
        assertThat(here.get("mayCheckDoses").asBoolean()).isTrue();
        assertThat(here.get("mayRecordDoses").asBoolean()).isFalse();
        assertThat(here.get("mayWitness").asBoolean()).isFalse();
        assertThat(here.get("witnessRule").asText()).isEqualTo("a second nurse or pharmacist");
    }

    @Test
    void aNurseAtAKioskMayDoEverythingThereAndAnOfficeSessionSaysNothingAboutAKiosk() {
        JsonNode here = api().signInWithBadge("N0042", "4242", "KIOSK-1").get("/api/sessions/current").json()
                .get("atThisKiosk");

        assertThat(List.of(here.get("mayScan").asBoolean(), here.get("mayCheckDoses").asBoolean(),
                here.get("mayRecordDoses").asBoolean(), here.get("mayWitness").asBoolean())).containsOnly(true);
        assertThat(api().signIn("nurse.amara", DemoClinic.DEMO_PASSWORD).get("/api/sessions/current").json()
                .get("atThisKiosk").isNull()).isTrue();
    }

    @Test
    void aPrescriberSignedInAtAKioskSeesItsScansSafeAndListButMayNotRecordADose() {
        ApiClient prescriber = api().signInWithBadge("D0007", "7007", "KIOSK-2");

        try (SseClient scans = SseClient.open(APP.getLocalPort(), "/api/stations/KIOSK-2/scans",
                prescriber.sessionToken())) {
            assertThat(scans.status()).as(scans.errorBody()).isEqualTo(200);
        }
        assertThat(prescriber.get("/api/stations/KIOSK-2/safe").status()).isEqualTo(200);
        assertThat(prescriber.get("/api/dosing-list?session=AM").status()).isEqualTo(200);
        Reply record = prescriber.post("/api/administrations", Map.of());
        assertThat(record.status()).isEqualTo(403);
    }

    @Test
    void someoneWithNothingToDoAtAKioskIsRefusedThereInWords() {
        ApiClient admin = api().signIn("admin", DemoClinic.DEMO_PASSWORD);
        Reply created = admin.post("/api/staff", Map.of("username", "inspector.kiosk", "displayName", "Kiosk Inspector",
                "roles", List.of("INSPECTOR"), "password", DemoClinic.DEMO_PASSWORD, "badgeCode", "I0009", "pin", "9009"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        Reply refused = api().post("/api/sessions/badge", Map.of("badgeCode", "I0009", "pin", "9009",
                "stationCode", "KIOSK-1"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().at("/errors/0/reason").asText())
                .isEqualTo("A kiosk is for nurses, pharmacists and prescribers: "
                        + "sign in at the office with your username and password");
        assertThat(refused.setCookies()).isEmpty();
    }

    @Test
    void aPrescriberIsRefusedAsWitnessUnderTheDefaultRuleAtTheBoxAndOnTheDose() {
        ApiClient nurse = api().signInWithBadge("N0150", "1500", "KIOSK-2");

        Reply atTheBox = nurse.post("/api/sessions/current/witness", Map.of("badgeCode", "D0007", "pin", "7007"));
        Map<String, Object> dose = new HashMap<>(Map.of("patientId", 1, "productId", 1, "route", "IV",
                "session", "AM", "topUp", false, "doseDrawnMg", 15, "doseGivenMg", 15, "safeRequestRef", "none",
                "batch", DemoClinic.BATCH_100, "injectionSite", "left arm"));
        dose.put("assessment", Map.of("sedationScore", 0, "breathAlcoholMicrogramsPer100ml", 0, "respiratoryRate", 16,
                "spo2", 98, "pupils", "NORMAL", "drowsy", false, "coUseSuspected", false));
        dose.put("secondSigner", Map.of("badgeCode", "D0007", "pin", "7007"));
        Reply onTheDose = nurse.post("/api/administrations", dose);

        assertThat(atTheBox.status()).as(atTheBox.body()).isEqualTo(422);
        assertThat(atTheBox.errorField()).isEqualTo("badgeCode");
        assertThat(atTheBox.json().at("/errors/0/reason").asText())
                .isEqualTo("the witness of a dose must be a second nurse or pharmacist");
        assertThat(nurse.get("/api/sessions/current").json().get("witness").isNull()).isTrue();
        assertThat(onTheDose.status()).as(onTheDose.body()).isEqualTo(422);
        assertThat(onTheDose.errorField()).isEqualTo("secondSigner");
        assertThat(onTheDose.json().at("/errors/0/reason").asText())
                .isEqualTo("the witness of a dose must be a second nurse or pharmacist");
    }
}
