package org.openhat.clinic.resources.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Clock;
import java.time.Instant;
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
import org.openhat.clinic.testing.TestDatabase;

/**
 * The register's writes over HTTP on the whole clinic (SQLite file): every second person signs for
 * themselves, stock is written off only by a pharmacist with a second signer, counts stay blind,
 * answers to nurses carry no balance, and no quantity is beyond what a clinic could hold.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RegisterOverHttpTest {
    static final DropwizardAppExtension<ClinicConfiguration> APP =
            ClinicApp.on(TestDatabase.Backend.SQLITE, ClinicApp.tempDir("openhat-register-http"));
    private static final Map<String, Object> PHARMACIST_BADGE = Map.of("badgeCode", "P0001", "pin", "2468");
    private static final Map<String, Object> BEN_BADGE = Map.of("badgeCode", "N0107", "pin", "1077");

    @BeforeAll
    static void seed() {
        ClinicApp.seedDemo(APP, Clock.systemUTC());
    }

    private static ApiClient api() {
        return new ApiClient(APP.getLocalPort());
    }

    private static ApiClient nurse() {
        return api().signInWithBadge("N0042", "4242", "KIOSK-1");
    }

    private static ApiClient pharmacist() {
        return api().signIn("pharm.okafor", DemoClinic.DEMO_PASSWORD);
    }

    /** The 100 mg ledger, which the demo stocked with 500 ampoules of {@link DemoClinic#BATCH_100}. */
    private static long ledger() {
        for (JsonNode l : pharmacist().get("/api/register/ledgers").json()) {
            if (l.get("strengthMg").asInt() == 100) {
                return l.get("id").asLong();
            }
        }
        throw new AssertionError("no 100 mg ledger");
    }

    private static long balance(long ledger) {
        return pharmacist().get("/api/register/ledgers/" + ledger).json().get("balance").asLong();
    }

    private static JsonNode entries(long ledger) {
        return pharmacist().get("/api/register/ledgers/" + ledger + "/entries?limit=500").json();
    }

    private static String now() {
        return Instant.now().minusSeconds(5).toString();
    }

    private static Map<String, Object> receipt(long ampoules) {
        Map<String, Object> body = new HashMap<>();
        body.put("occurredAt", now());
        body.put("supplierName", "Alliance Healthcare (Distribution) Ltd");
        body.put("supplierAddress", "Unit 2, Teesside Industrial Estate, Stockton-on-Tees TS17 9JX");
        body.put("ampoules", ampoules);
        body.put("invoiceRef", "INV-TEST");
        body.put("batch", DemoClinic.BATCH_100);
        body.put("expiry", "2099-01-31");
        return body;
    }

    private static Map<String, Object> count(long counted) {
        Map<String, Object> body = new HashMap<>();
        body.put("occurredAt", now());
        body.put("counted", counted);
        body.put("secondCount", counted);
        return body;
    }

    private static Map<String, Object> signedBy(Map<String, Object> body, Map<String, Object> secondSigner) {
        Map<String, Object> signed = new HashMap<>(body);
        signed.put("secondSigner", secondSigner);
        return signed;
    }

    private static void refusedOn(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.errorField()).as(reply.body()).isEqualTo(field);
    }

    @Test
    void refusesStockCheckWhoseSecondCounterDidNotAuthenticate() {
        long ledger = ledger();
        int before = entries(ledger).size();
        ApiClient nurse = nurse();
        long pharmacistId = pharmacist().get("/api/sessions/current").json().at("/staff/id").asLong();
        Map<String, Object> namedById = count(500);
        namedById.put("secondCounterId", pharmacistId);
        String url = "/api/register/ledgers/" + ledger + "/stock-checks";

        refusedOn(nurse.post(url, namedById), 400, "secondCounterId");
        refusedOn(nurse.post(url, signedBy(count(500), Map.of("badgeCode", "P0001", "pin", "9999"))), 422,
                "secondSigner");
        refusedOn(nurse.post(url, count(500)), 422, "secondSigner");
        refusedOn(nurse.post(url, signedBy(count(500), Map.of("badgeCode", "N0042", "pin", "4242"))), 422,
                "secondSigner");

        assertThat(entries(ledger)).hasSize(before);
    }

    @Test
    void refusesReceiptThatNamesItsSecondReceiverByIdAndWritesNothing() {
        long ledger = ledger();
        int before = entries(ledger).size();
        Map<String, Object> namedById = receipt(10);
        namedById.put("secondReceiverId", 5);

        refusedOn(nurse().post("/api/register/ledgers/" + ledger + "/receipts", namedById), 400, "secondReceiverId");

        assertThat(entries(ledger)).hasSize(before);
    }

    @Test
    void theBlindCountSaysOnlyWhetherItMatchedToEveryoneWhoCounts() {
        long ledger = ledger();
        long expected = balance(ledger);
        String url = "/api/register/ledgers/" + ledger + "/stock-checks";

        Reply matches = nurse().post(url, signedBy(count(expected), PHARMACIST_BADGE));
        Reply differs = nurse().post(url, signedBy(count(expected + 3), PHARMACIST_BADGE));
        Reply byPharmacist = pharmacist().post(url, signedBy(count(expected), BEN_BADGE));

        assertThat(matches.status()).as(matches.body()).isEqualTo(201);
        assertThat(matches.json().get("result").asText()).isEqualTo("MATCHES");
        assertThat(differs.json().get("result").asText()).isEqualTo("DISCREPANCY_OPENED");
        assertThat(byPharmacist.json().get("result").asText()).isEqualTo("MATCHES");
        for (Reply answer : List.of(matches, differs, byPharmacist)) {
            assertThat(answer.body()).doesNotContain("balance").doesNotContain("hash");
        }
        JsonNode written = entries(ledger).get(entries(ledger).size() - 3);
        assertThat(written.get("kind").asText()).isEqualTo("STOCK_CHECK");
        assertThat(written.get("fields").get("second_staff_name").asText()).isEqualTo("Tunde Okafor MRPharmS");
    }

    @Test
    void theWitnessSignedInBesideTheKioskSignsWhenTheRequestCarriesNoSecondSigner() {
        long ledger = ledger();
        ApiClient nurse = nurse();
        assertThat(nurse.post("/api/sessions/current/witness", BEN_BADGE).status()).isEqualTo(200);

        Reply counted = nurse.post("/api/register/ledgers/" + ledger + "/stock-checks", count(balance(ledger)));

        assertThat(counted.status()).as(counted.body()).isEqualTo(201);
        JsonNode all = entries(ledger);
        assertThat(all.get(all.size() - 1).get("fields").get("second_staff_name").asText()).isEqualTo("Ben Carter RN");
    }

    @Test
    void wrongPinsOfASecondSignerCountTowardsTheirBadgeLockAsAtSignIn() {
        long ledger = ledger();
        Map<String, Object> wrongPin = Map.of("badgeCode", "N0150", "pin", "0000");
        Reply last = null;
        for (int i = 0; i < 5; i++) {
            last = nurse().post("/api/register/ledgers/" + ledger + "/receipts", signedBy(receipt(1), wrongPin));
            refusedOn(last, 422, "secondSigner");
        }

        assertThat(last.json().at("/errors/0/reason").asText()).contains("locked");
        Reply signIn = api().post("/api/sessions/badge",
                Map.of("badgeCode", "N0150", "pin", "1500", "stationCode", "KIOSK-2"));
        assertThat(signIn.status()).isEqualTo(401);
        JsonNode audit = api().signIn("admin", DemoClinic.DEMO_PASSWORD).get("/api/audit?limit=500").json();
        assertThat(audit).anySatisfy(line -> assertThat(line.get("action").asText()).isEqualTo("BADGE_LOCKED"));
    }

    @Test
    void aNurseCannotWriteStockOffButAPharmacistCanWithASecondSigner() {
        long ledger = ledger();
        long before = balance(ledger);
        Map<String, Object> writeOff = new HashMap<>(Map.of("correctsSeq", 1, "reason", "breakage found at count",
                "adjustment", -40, "batch", DemoClinic.BATCH_100));
        String url = "/api/register/ledgers/" + ledger + "/corrections";

        refusedOn(nurse().post(url, writeOff), 422, "secondSigner");
        refusedOn(nurse().post(url, signedBy(writeOff, PHARMACIST_BADGE)), 422, "adjustment");
        refusedOn(pharmacist().post(url, writeOff), 422, "secondSigner");
        assertThat(balance(ledger)).isEqualTo(before);

        Reply note = nurse().post(url, Map.of("correctsSeq", 1, "reason", "invoice number misread", "adjustment", 0));
        assertThat(note.status()).as(note.body()).isEqualTo(201);
        assertThat(note.json().hasNonNull("balance")).isFalse();

        Reply corrected = pharmacist().post(url, signedBy(writeOff, BEN_BADGE));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(corrected.json().get("balance").asLong()).isEqualTo(before - 40);
    }

    @Test
    void answersToNursesNeverCarryTheBalance() {
        long ledger = ledger();

        Reply byNurse = nurse().post("/api/register/ledgers/" + ledger + "/receipts",
                signedBy(receipt(2), PHARMACIST_BADGE));
        Reply byPharmacist = pharmacist().post("/api/register/ledgers/" + ledger + "/receipts",
                signedBy(receipt(2), BEN_BADGE));

        assertThat(byNurse.status()).as(byNurse.body()).isEqualTo(201);
        for (String hidden : List.of("balance", "batchBalance", "hash", "prevHash")) {
            assertThat(byNurse.json().hasNonNull(hidden)).as(hidden).isFalse();
        }
        assertThat(byNurse.json().get("ampoules").asLong()).isEqualTo(2);
        assertThat(byPharmacist.json().get("balance").asLong()).isEqualTo(balance(ledger));
        assertThat(nurse().get("/api/register/ledgers").json())
                .allSatisfy(l -> assertThat(l.hasNonNull("headHash")).isFalse());
    }

    @Test
    void refusesQuantitiesNoClinicCouldHoldAndWritesNothing() {
        long ledger = ledger();
        int before = entries(ledger).size();

        refusedOn(nurse().post("/api/register/ledgers/" + ledger + "/receipts",
                signedBy(receipt(1_000_000_000_000L), PHARMACIST_BADGE)), 422, "ampoules");
        refusedOn(nurse().post("/api/register/ledgers/" + ledger + "/receipts",
                signedBy(receipt(Long.MAX_VALUE), PHARMACIST_BADGE)), 422, "ampoules");
        refusedOn(nurse().post("/api/register/ledgers/" + ledger + "/stock-checks",
                signedBy(count(1_000_000_000_000L), PHARMACIST_BADGE)), 422, "counted");

        assertThat(entries(ledger)).hasSize(before);
    }

    @Test
    void aDestructionIsSignedByItsAuthorisedWitnessWithTheirOwnAccount() {
        long ledger = ledger();
        Map<String, Object> destruction = new HashMap<>(Map.of("occurredAt", now(), "ampoules", 1,
                "batch", DemoClinic.BATCH_100, "reason", "ampoule cracked", "witnessCapacity",
                "CDAO authorised witness", "authorisationRef", "AW-2026-17"));
        String url = "/api/register/ledgers/" + ledger + "/destructions";
        Map<String, Object> typedName = new HashMap<>(destruction);
        typedName.put("authorisedWitnessName", "Insp. Jane Moss");

        refusedOn(pharmacist().post(url, typedName), 400, "authorisedWitnessName");
        refusedOn(pharmacist().post(url, signedBy(destruction, BEN_BADGE)), 422, "secondSigner");
        Reply destroyed = pharmacist().post(url, signedBy(destruction,
                Map.of("username", "inspector.reid", "password", DemoClinic.DEMO_PASSWORD)));

        assertThat(destroyed.status()).as(destroyed.body()).isEqualTo(201);
        assertThat(destroyed.json().get("fields").get("second_staff_name").asText()).isEqualTo("Morag Reid");
        assertThat(destroyed.json().get("fields").get("authorised_witness_role").asText())
                .isEqualTo("CDAO authorised witness");
    }
}
