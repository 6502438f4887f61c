package org.openhat.clinic.dispensing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.cli.DemoClinic;
import org.openhat.clinic.testing.ApiClient;
import org.openhat.clinic.testing.ApiClient.Reply;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.TestClinicApplication;
import org.openhat.devices.testing.MutableClock;

/**
 * A morning session at the kiosk, over HTTP on the real server (on SQLite and on PostgreSQL): the prescriber changes a dose,
 * the nurse and a witness sign in, check the dose, record it, watch the observation timer and
 * discharge; a second dose in the same session is refused.
 */
abstract class DispensingFlowContract {
    /** Monday 23 November 2026, 08:30 in London (GMT), inside the AM window. */
    static final MutableClock CLOCK = MutableClock.at("2026-11-23T08:30:00Z");

    /** The started clinic's port (a field of the extension's type here would be taken for a second extension). */
    private static int port;

    /** Each subclass starts its clinic, then hands it over here. */
    static void openClinic(DropwizardAppExtension<ClinicConfiguration> started) {
        CLOCK.set(java.time.Instant.parse("2026-11-23T08:30:00Z"));
        TestClinicApplication.clock = CLOCK;
        port = started.getLocalPort();
        ClinicApp.seedDemo(started, CLOCK);
    }

    @AfterAll
    static void realTimeAgain() {
        TestClinicApplication.clock = Clock.systemUTC();
    }

    private static ApiClient api() {
        return new ApiClient(port);
    }

    /** The simulated safes start with the server; a dose waits for this kiosk's safe to answer its first PING. */
    private static void awaitSafeOnline(ApiClient nurse, String station) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!nurse.get("/api/stations/" + station + "/safe").json().path("online").asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the simulated safe at " + station + " never came online");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static ApiClient kioskWithWitness() {
        ApiClient nurse = api().signInWithBadge("N0042", "4242", "KIOSK-1");
        awaitSafeOnline(nurse, "KIOSK-1");
        Reply witness = nurse.post("/api/sessions/current/witness", Map.of("badgeCode", "N0107", "pin", "1077"));
        assertThat(witness.status()).as(witness.body()).isEqualTo(200);
        assertThat(witness.json().at("/staff/username").asText()).isEqualTo("nurse.amara");
        assertThat(witness.json().at("/witness/username").asText()).isEqualTo("nurse.ben");
        assertThat(witness.json().get("stationId").asLong()).isPositive();
        return nurse;
    }

    private static Map<String, Object> assessment() {
        Map<String, Object> a = new HashMap<>();
        a.put("sedationScore", 0);
        a.put("breathAlcoholMicrogramsPer100ml", 0);
        a.put("respiratoryRate", 16);
        a.put("spo2", 98);
        a.put("pupils", "NORMAL");
        a.put("drowsy", false);
        a.put("concerns", "");
        a.put("coUseSuspected", false);
        return a;
    }

    /**
     * Opens the kiosk's safe for a dose, as the kiosk page does before the ampoule is taken; returns
     * the opening. Each test takes its own compartment: the simulated safe runs on the test's stopped
     * clock, so a compartment once unlocked stays unlocked (and refuses another unlock) until it moves.
     */
    private static String openSafeForDose(ApiClient kiosk, String station, int compartment) {
        Reply opened = kiosk.post("/api/stations/" + station + "/safe/unlock",
                Map.of("purpose", "DOSE", "compartment", compartment, "reference", "dose"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.json().get("result").asText()).isEqualTo("ACCEPTED");
        return opened.json().get("requestRef").asText();
    }

    private static Map<String, Object> dose(long patientId, long productId, int mg, String safeRequestRef) {
        Map<String, Object> body = new HashMap<>();
        body.put("safeRequestRef", safeRequestRef);
        body.put("patientId", patientId);
        body.put("productId", productId);
        body.put("route", "IV");
        body.put("session", "AM");
        body.put("topUp", false);
        body.put("doseDrawnMg", mg);
        body.put("doseGivenMg", mg);
        body.put("injectionSite", "left antecubital fossa");
        body.put("batch", DemoClinic.BATCH_100);
        body.put("assessment", assessment());
        return body;
    }

    @Test
    void aMorningDoseFromPrescriptionToDischarge() {
        ApiClient doctor = api().signIn("dr.patel", DemoClinic.DEMO_PASSWORD);
        JsonNode patient = doctor.get("/api/patients?status=ACTIVE").json().get(0);
        long patientId = patient.get("id").asLong();
        long productId = doctor.get("/api/products").json().get(0).get("id").asLong();

        // A first-ever dose is capped by the induction rule, whatever the prescription says.
        Reply first = doctor.post("/api/dose-checks", Map.of("patientId", patientId, "doseMg", 100, "productId", productId,
                "route", "IV", "session", "AM", "topUp", false, "assessment", assessment()));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("verdict").asText()).isEqualTo("ALLOW_REDUCED");
        assertThat(first.json().get("maxAllowedMg").decimalValue()).isEqualByComparingTo("15");
        assertThat(first.json().get("findings")).anySatisfy(f ->
                assertThat(f.get("rule").asText()).isEqualTo("INDUCTION_FIRST_DOSE"));

        ApiClient kiosk = kioskWithWitness();
        String opening = openSafeForDose(kiosk, "KIOSK-1", 1);
        Reply tooMuch = kiosk.post("/api/administrations", dose(patientId, productId, 100, opening));
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.json().get("check").get("maxAllowedMg").decimalValue()).isEqualByComparingTo("15");

        Map<String, Object> reduced = dose(patientId, productId, 15, opening);
        reduced.put("reductionReason", "first dose: induction cap");
        Reply given = kiosk.post("/api/administrations", reduced);
        assertThat(given.status()).as(given.body()).isEqualTo(201);
        long administrationId = given.json().get("administrationId").asLong();
        assertThat(given.json().get("check").get("observationMinutes").asInt()).isGreaterThanOrEqualTo(20);

        Reply again = kiosk.post("/api/administrations", reduced);
        assertThat(again.status()).isEqualTo(409);

        // The dose wrote its register lines: one ampoule out of stock, the other 85 mg wasted.
        ApiClient pharmacist = api().signIn("pharm.okafor", DemoClinic.DEMO_PASSWORD);
        long ledger = -1;
        for (JsonNode l : pharmacist.get("/api/register/ledgers").json()) {
            ledger = l.get("productId").asLong() == productId ? l.get("id").asLong() : ledger;
        }
        JsonNode entries = pharmacist.get("/api/register/ledgers/" + ledger + "/entries").json();
        assertThat(entries).extracting(e -> e.get("kind").asText()).containsExactly("RECEIPT", "ADMINISTRATION", "WASTE");
        assertThat(entries.get(1).get("ampoules").asLong()).isEqualTo(-1);
        assertThat(entries.get(1).get("balance").asLong()).isEqualTo(499);
        // the register line names the opening the ampoule came from, so reconciliation matches it by reference
        assertThat(entries.get(1).get("safeRequestRef").asText()).isEqualTo(opening);
        assertThat(entries.get(1).get("secondStaffId").asLong()).isEqualTo(kiosk.get("/api/sessions/current").json().at("/witness/id").asLong());

        JsonNode list = kiosk.get("/api/dosing-list?session=AM").json();
        JsonNode entry = entryFor(list, patientId);
        assertThat(list.get("stockCounts")).hasSize(2).allSatisfy(count -> assertThat(count.get("due").asBoolean()).isTrue());
        assertThat(list.get("stockCounts")).anySatisfy(count -> assertThat(count.get("movementsThisSession").asLong()).isPositive());
        assertThat(entry.get("state").asText()).isEqualTo("IN_OBSERVATION");
        assertThat(entry.get("mayLeaveAt").asText()).isNotBlank();

        Reply adverse = kiosk.post("/api/administrations/" + administrationId + "/adverse-events", Map.of(
                "kind", "RESPIRATORY_DEPRESSION", "naloxoneMg", 0.4, "ambulanceCalled", false, "notes", "RR 8, roused"));
        assertThat(adverse.status()).as(adverse.body()).isEqualTo(201);
        JsonNode trail = api().signIn("admin", DemoClinic.DEMO_PASSWORD)
                .get("/api/audit?recordType=administration&recordId=" + administrationId).json();
        assertThat(trail).extracting(line -> line.get("action").asText())
                .containsExactly("DOSE_ADMINISTERED", "ADVERSE_EVENT_RECORDED");

        Map<String, Object> observations = Map.of("respiratoryRate", 15, "spo2", 97, "sedationScore", 0, "notes", "well");
        assertThat(kiosk.post("/api/administrations/" + administrationId + "/discharge", observations).status())
                .isEqualTo(409);
        CLOCK.advance(Duration.ofMinutes(31));
        ApiClient later = api().signInWithBadge("N0042", "4242", "KIOSK-1");
        // the kiosk times observations by the server's clock, which every session answer carries
        assertThat(later.get("/api/sessions/current").json().get("serverTime").asText())
                .isEqualTo(CLOCK.instant().toString());
        Reply unsafe = later.post("/api/administrations/" + administrationId + "/discharge",
                Map.of("respiratoryRate", 15, "spo2", 88, "sedationScore", 0));
        assertThat(unsafe.status()).isEqualTo(422);
        assertThat(unsafe.errorField()).isEqualTo("observations");
        Reply discharged = later.post("/api/administrations/" + administrationId + "/discharge", observations);
        assertThat(discharged.status()).as(discharged.body()).isEqualTo(200);
        assertThat(entryFor(later.get("/api/dosing-list?session=AM").json(), patientId).get("state").asText())
                .isEqualTo("DISCHARGED");
    }

    @Test
    void aKioskOpenedBetweenSessionsIsToldWhenTodaysSessionsAre() {
        java.time.Instant before = CLOCK.instant();
        CLOCK.set(java.time.Instant.parse("2026-11-23T12:30:00Z"));   // 12:30 in London: between AM and PM
        try {
            ApiClient kiosk = api().signInWithBadge("N0150", "1500", "KIOSK-2");
            Reply list = kiosk.get("/api/dosing-list");
            assertThat(list.status()).as(list.body()).isEqualTo(422);
            assertThat(list.errorField()).isEqualTo("session");
            assertThat(list.json().at("/errors/0/reason").asText())
                    .isEqualTo("no dosing session is open now (today's sessions: AM 08:00-11:00, PM 15:00-18:00); "
                            + "name one to see its list");
        } finally {
            CLOCK.set(before);
        }
    }

    @Test
    void aDoseNeedsAWitnessSignedInAtTheKiosk() {
        ApiClient alone = api().signInWithBadge("N0150", "1500", "KIOSK-2");
        awaitSafeOnline(alone, "KIOSK-2");
        ApiClient doctor = api().signIn("dr.patel", DemoClinic.DEMO_PASSWORD);
        long patientId = doctor.get("/api/patients?status=ACTIVE").json().get(1).get("id").asLong();
        long productId = doctor.get("/api/products").json().get(0).get("id").asLong();

        Reply reply = alone.post("/api/administrations", dose(patientId, productId, 15, "no-safe-without-a-witness"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorField()).isEqualTo("secondSigner");
    }

    private static long activePatient(int index) {
        return api().signIn("dr.patel", DemoClinic.DEMO_PASSWORD).get("/api/patients?status=ACTIVE").json().get(index)
                .get("id").asLong();
    }

    private static long firstProduct() {
        return api().signIn("dr.patel", DemoClinic.DEMO_PASSWORD).get("/api/products").json().get(0).get("id").asLong();
    }

    private static Map<String, Object> inductionDose(long patientId, String safeRequestRef) {
        Map<String, Object> body = dose(patientId, firstProduct(), 15, safeRequestRef);
        body.put("reductionReason", "first dose: induction cap");
        return body;
    }

    private static String stateOf(ApiClient kiosk, long patientId) {
        return entryFor(kiosk.get("/api/dosing-list?session=AM").json(), patientId).get("state").asText();
    }

    @Test
    void refusesADoseThatNamesNoSafeOpeningOrOneFromAnotherKioskAndWritesNothing() {
        long patientId = activePatient(4);
        ApiClient kiosk = kioskWithWitness();

        Reply none = kiosk.post("/api/administrations", inductionDose(patientId, null));
        Reply unknown = kiosk.post("/api/administrations", inductionDose(patientId, "not-a-safe-opening"));
        ApiClient otherKiosk = api().signInWithBadge("N0150", "1500", "KIOSK-2");
        awaitSafeOnline(otherKiosk, "KIOSK-2");
        assertThat(otherKiosk.post("/api/sessions/current/witness", Map.of("badgeCode", "P0001", "pin", "2468"))
                .status()).isEqualTo(200);
        Reply elsewhere = kiosk.post("/api/administrations",
                inductionDose(patientId, openSafeForDose(otherKiosk, "KIOSK-2", 1)));

        for (Reply refused : List.of(none, unknown, elsewhere)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.errorField()).isEqualTo("safeRequestRef");
        }
        assertThat(elsewhere.json().at("/errors/0/reason").asText()).contains("KIOSK-2");
        assertThat(stateOf(kiosk, patientId)).isIn("DUE", "CHECKED");
    }

    @Test
    void oneSafeOpeningSuppliesOneDoseAndTheWitnessMaySignForItInTheRequest() {
        long first = activePatient(5);
        long second = activePatient(6);
        ApiClient kiosk = kioskWithWitness();
        String opening = openSafeForDose(kiosk, "KIOSK-1", 2);
        Map<String, Object> witnessedInPerson = inductionDose(first, opening);
        witnessedInPerson.put("secondSigner", Map.of("badgeCode", "P0001", "pin", "2468"));

        Reply given = kiosk.post("/api/administrations", witnessedInPerson);
        Reply reused = kiosk.post("/api/administrations", inductionDose(second, opening));

        assertThat(given.status()).as(given.body()).isEqualTo(201);
        long administrationId = given.json().get("administrationId").asLong();
        JsonNode recorded = kiosk.get("/api/administrations/" + administrationId).json();
        assertThat(recorded.get("witnessId").asLong()).isNotEqualTo(
                kiosk.get("/api/sessions/current").json().at("/witness/id").asLong());
        assertThat(reused.status()).as(reused.body()).isEqualTo(409);
        assertThat(reused.errorField()).isEqualTo("safeRequestRef");
        assertThat(stateOf(kiosk, second)).isIn("DUE", "CHECKED");
    }

    @Test
    void refusesADoseWhoseWitnessDoesNotAuthenticateAndWritesNothing() {
        long patientId = activePatient(7);
        ApiClient kiosk = kioskWithWitness();
        Map<String, Object> body = inductionDose(patientId, openSafeForDose(kiosk, "KIOSK-1", 3));
        body.put("secondSigner", Map.of("badgeCode", "P0001", "pin", "0000"));

        Reply refused = kiosk.post("/api/administrations", body);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.errorField()).isEqualTo("secondSigner");
        assertThat(refused.json().at("/errors/0/reason").asText()).contains("wrong PIN").doesNotContain("0000");
        assertThat(stateOf(kiosk, patientId)).isIn("DUE", "CHECKED");
    }

    @Test
    void aPrescriptionChangeIsANewVersionAndTheOldOneIsKept() {
        ApiClient doctor = api().signIn("dr.patel", DemoClinic.DEMO_PASSWORD);
        long patientId = doctor.get("/api/patients?status=ACTIVE").json().get(2).get("id").asLong();
        long productId = doctor.get("/api/products").json().get(0).get("id").asLong();

        Reply changed = doctor.post("/api/prescriptions", Map.of("patientId", patientId, "productId", productId,
                "routes", List.of("IV"), "dosesMg", Map.of("AM", 300, "PM", 350), "sessionsPerDay", 2,
                "startDate", "2026-11-23", "inTitration", false, "changeReason", "stable, increase"));

        assertThat(changed.status()).as(changed.body()).isEqualTo(201);
        assertThat(changed.json().get("version").asInt()).isEqualTo(2);
        assertThat(changed.json().get("advisories").get(0)).as(changed.body()).isNotNull();
        assertThat(changed.json().get("advisories").get(0).asText()).contains("600 mg");
        JsonNode history = doctor.get("/api/prescriptions?patientId=" + patientId).json();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(history.get(1).get("dosesMg").get("PM").decimalValue()).isEqualByComparingTo("350");
    }

    /** 190 mg is 190 in every answer, never 1.9E+2 (a BigDecimal without its trailing zeros). */
    @Test
    void amountsAreWrittenAsPlainNumbersNeverInScientificNotation() {
        ApiClient doctor = api().signIn("dr.patel", DemoClinic.DEMO_PASSWORD);
        long patientId = activePatient(8);
        long productId = firstProduct();

        Reply prescribed = doctor.post("/api/prescriptions", Map.of("patientId", patientId, "productId", productId,
                "routes", List.of("IV"), "dosesMg", Map.of("AM", 190, "PM", 190), "sessionsPerDay", 2,
                "startDate", "2026-11-23", "inTitration", false, "changeReason", "stable on 190 mg"));
        Reply checked = doctor.post("/api/dose-checks", Map.of("patientId", patientId, "doseMg", 10, "productId",
                productId, "route", "IV", "session", "AM", "topUp", false, "assessment", assessment()));
        Reply list = doctor.get("/api/dosing-list?session=AM");

        assertThat(prescribed.status()).as(prescribed.body()).isEqualTo(201);
        assertThat(prescribed.body()).contains("\"AM\":190").doesNotContain("E+");
        assertThat(doctor.get("/api/prescriptions?patientId=" + patientId).body()).contains("\"PM\":190")
                .doesNotContain("E+");
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(checked.body()).contains("\"maxAllowedMg\":10,").doesNotContain("E+");
        assertThat(list.body()).contains("\"prescribedMg\":190,").doesNotContain("E+");
    }

    @Test
    void refusesAPrescriptionAboveTheDailyCeiling() {
        ApiClient doctor = api().signIn("dr.patel", DemoClinic.DEMO_PASSWORD);
        long patientId = doctor.get("/api/patients?status=ACTIVE").json().get(3).get("id").asLong();
        long productId = doctor.get("/api/products").json().get(0).get("id").asLong();

        Reply refused = doctor.post("/api/prescriptions", Map.of("patientId", patientId, "productId", productId,
                "routes", List.of("IV"), "dosesMg", Map.of("AM", 450, "PM", 451), "sessionsPerDay", 2,
                "startDate", "2026-11-23", "inTitration", false));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorField()).isEqualTo("dosesMg");
    }

    private static JsonNode entryFor(JsonNode list, long patientId) {
        for (JsonNode entry : list.get("patients")) {
            if (entry.get("patientId").asLong() == patientId) {
                return entry;
            }
        }
        throw new AssertionError("patient " + patientId + " not on the dosing list: " + list);
    }

    @Test
    void nursesWhoCountTheStockNeverSeeTheBalanceButThePharmacistDoes() {
        JsonNode seenByNurse = api().signInWithBadge("N0150", "1500", "KIOSK-2").get("/api/register/ledgers").json();
        JsonNode seenByPharmacist = api().signIn("pharm.okafor", DemoClinic.DEMO_PASSWORD)
                .get("/api/register/ledgers").json();

        assertThat(seenByNurse).isNotEmpty().allSatisfy(ledger -> assertThat(ledger.hasNonNull("balance"))
                .as(ledger.path("heading").asText()).isFalse());
        assertThat(seenByPharmacist).hasSameSizeAs(seenByNurse)
                .allSatisfy(ledger -> assertThat(ledger.path("balance").isIntegralNumber()).isTrue());
    }
}