package org.openhat.clinic.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
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
 * Bad input gets a 4xx naming the field and the reason, never a 500, a stack trace or SQL, and
 * changes nothing: the number of patients and audit lines is the same after every refusal.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BadInputTest {
    private static final Path DIR = ClinicApp.tempDir("openhat-bad-input");
    static final DropwizardAppExtension<ClinicConfiguration> APP = ClinicApp.on(TestDatabase.Backend.SQLITE, DIR);

    private ApiClient coordinator;
    private ApiClient admin;
    private int patientsBefore;
    private int auditBefore;

    @BeforeAll
    static void seed() {
        ClinicApp.seedDemo(APP, Clock.systemUTC());
    }

    @BeforeEach
    void signIn() {
        coordinator = new ApiClient(APP.getLocalPort()).signIn("coord.jones", DemoClinic.DEMO_PASSWORD);
        admin = new ApiClient(APP.getLocalPort()).signIn("admin", DemoClinic.DEMO_PASSWORD);
        patientsBefore = coordinator.get("/api/patients").json().size();
        auditBefore = auditLines();
    }

    @AfterEach
    void nothingChanged() {
        assertThat(coordinator.get("/api/patients").json().size()).isEqualTo(patientsBefore);
        assertThat(auditLines()).as("audit lines").isEqualTo(auditBefore);
    }

    /** Audit lines other than sign-ins: a refused request must write none. */
    private int auditLines() {
        int lines = 0;
        for (var line : admin.get("/api/audit?limit=1000").json()) {
            lines += line.get("action").asText().equals("SIGN_IN") ? 0 : 1;
        }
        return lines;
    }

    private static Map<String, Object> validPatient() {
        Map<String, Object> body = new HashMap<>();
        body.put("nhsNumber", "9434765919");
        body.put("givenName", "Kelly");
        body.put("familyName", "Marsh");
        body.put("dateOfBirth", "1985-06-01");
        body.put("address", "3 Grange Road");
        body.put("postcode", "TS1 5AU");
        return body;
    }

    private static void assertClean(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().get("status").asInt()).isEqualTo(status);
        assertThat(reply.errorField()).isEqualTo(field);
        assertThat(reply.json().path("errors").path(0).path("reason").asText()).isNotBlank();
        assertThat(reply.body()).doesNotContainIgnoringCase("exception").doesNotContain("at org.")
                .doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("select ");
    }

    @Test
    void malformedJsonIsA400() {
        assertClean(coordinator.post("/api/patients", "{\"nhsNumber\": \"943"), 400, null);
    }

    @Test
    void anUnknownFieldIsA400NamingIt() {
        Map<String, Object> body = validPatient();
        body.put("favouriteColour", "blue");
        assertClean(coordinator.post("/api/patients", body), 400, "favouriteColour");
    }

    @Test
    void aWrongTypeIsA400NamingTheField() {
        Map<String, Object> body = validPatient();
        body.put("dateOfBirth", true);
        assertClean(coordinator.post("/api/patients", body), 400, "dateOfBirth");
    }

    @Test
    void anUnknownEnumValueIsA400NamingTheField() {
        Map<String, Object> body = validPatient();
        body.put("status", "ASLEEP");
        assertClean(coordinator.post("/api/patients", body), 400, "status");
    }

    @Test
    void aMissingRequiredFieldIsA422NamingIt() {
        Map<String, Object> body = validPatient();
        body.remove("familyName");
        assertClean(coordinator.post("/api/patients", body), 422, "familyName");
    }

    @Test
    void anNhsNumberWithTheWrongCheckDigitIsA422() {
        Map<String, Object> body = validPatient();
        body.put("nhsNumber", "9434765918");
        Reply reply = coordinator.post("/api/patients", body);
        assertClean(reply, 422, "nhsNumber");
        assertThat(reply.body()).doesNotContain("9434765918");
    }

    @Test
    void aChildIsNotAcceptedAsAPatient() {
        Map<String, Object> body = validPatient();
        body.put("dateOfBirth", "2020-01-01");
        assertClean(coordinator.post("/api/patients", body), 422, "dateOfBirth");
    }

    @Test
    void anEmptyBodyIsA422() {
        assertClean(coordinator.post("/api/patients", ""), 422, null);
    }

    @Test
    void anOversizedBodyIsA413() {
        Map<String, Object> body = validPatient();
        body.put("address", "x".repeat(70_000));
        assertClean(coordinator.post("/api/patients", body), 413, null);
    }

    @Test
    void theWrongMediaTypeIsA415() {
        assertClean(coordinator.sendRaw("POST", "/api/patients", "text/plain", "hello".getBytes()), 415, null);
    }

    @Test
    void anUnknownIdIsA404() {
        assertClean(coordinator.get("/api/patients/987654"), 404, null);
        assertClean(coordinator.put("/api/patients/987654", Map.of("givenName", "A", "familyName", "B",
                "dateOfBirth", "1980-01-01", "address", "x", "postcode", "TS1 5AU")), 404, null);
    }

    @Test
    void aNonNumericIdIsA404() {
        assertClean(coordinator.get("/api/patients/abc"), 404, null);
    }

    @Test
    void anUnknownPathIsA404() {
        assertClean(coordinator.get("/api/no-such-thing"), 404, null);
    }

    @Test
    void aDuplicateNhsNumberIsA409NamingTheField() {
        String existing = DemoClinic.demoNhsNumbers(1).get(0).value();
        Map<String, Object> body = validPatient();
        body.put("nhsNumber", existing);
        assertClean(coordinator.post("/api/patients", body), 409, "nhsNumber");
    }

    private Map<String, Object> doseCheck() {
        Map<String, Object> body = new HashMap<>();
        body.put("patientId", coordinator.get("/api/patients").json().get(0).get("id").asLong());
        body.put("doseMg", 100);
        body.put("productId", 1);
        body.put("route", "IV");
        body.put("session", "AM");
        body.put("topUp", false);
        body.put("assessment", Map.of("sedationScore", 0, "respiratoryRate", 16, "spo2", 98, "pupils", "NORMAL",
                "drowsy", false, "coUseSuspected", false));
        return body;
    }

    private ApiClient prescriber() {
        return new ApiClient(APP.getLocalPort()).signIn("dr.patel", DemoClinic.DEMO_PASSWORD);
    }

    @Test
    void aDoseCheckForAnUnknownPatientIsA404() {
        Map<String, Object> body = doseCheck();
        body.put("patientId", 987654);
        assertClean(prescriber().post("/api/dose-checks", body), 404, null);
    }

    @Test
    void aNegativeOrZeroDoseIsA422NamingTheDose() {
        Map<String, Object> body = doseCheck();
        body.put("doseMg", -5);
        assertClean(prescriber().post("/api/dose-checks", body), 422, "doseMg");
        body.put("doseMg", 0);
        assertClean(prescriber().post("/api/dose-checks", body), 422, "doseMg");
    }

    @Test
    void anUnknownRouteIsA400NamingIt() {
        Map<String, Object> body = doseCheck();
        body.put("route", "ORAL");
        assertClean(prescriber().post("/api/dose-checks", body), 400, "route");
    }

    @Test
    void anImpossibleObservationIsA422NamingIt() {
        Map<String, Object> body = doseCheck();
        body.put("assessment", Map.of("sedationScore", 7, "respiratoryRate", 16, "spo2", 98, "drowsy", false,
                "coUseSuspected", false));
        Reply reply = prescriber().post("/api/dose-checks", body);
        assertClean(reply, 422, "assessment.sedationScore");
        assertThat(reply.json().at("/errors/0/reason").asText())
                .isEqualTo("a sedation score above 3 is not possible: use 0 (awake) to 3 (hard to rouse)");
    }

    @Test
    void anImpossibleRespiratoryRateIsRefusedInANursesWords() {
        Map<String, Object> body = doseCheck();
        body.put("assessment", Map.of("sedationScore", 0, "respiratoryRate", 81, "spo2", 98, "drowsy", false,
                "coUseSuspected", false));
        Reply reply = prescriber().post("/api/dose-checks", body);
        assertClean(reply, 422, "assessment.respiratoryRate");
        assertThat(reply.json().at("/errors/0/reason").asText())
                .isEqualTo("a respiratory rate above 80 is not possible: check the reading");
    }

    @Test
    void aMissingYesNoAnswerIsA422AskingForItInWords() {
        Map<String, Object> body = doseCheck();
        body.put("assessment", Map.of("sedationScore", 0, "respiratoryRate", 16, "spo2", 98, "coUseSuspected", false));
        Reply reply = prescriber().post("/api/dose-checks", body);
        assertClean(reply, 422, "assessment.drowsy");
        assertThat(reply.json().get("errors").get(0).get("reason").asText()).isEqualTo("say whether the patient is drowsy");
    }

    @Test
    void aDoseCheckWithoutAnAssessmentIsA422() {
        Map<String, Object> body = doseCheck();
        body.remove("assessment");
        assertClean(prescriber().post("/api/dose-checks", body), 422, "assessment");
    }

    @Test
    void aBadQueryParameterIsA422NamingIt() {
        assertClean(coordinator.get("/api/patients?status=ASLEEP"), 422, "status");
    }

    /** Every field an error names, in order. */
    private static List<String> fieldsNamed(Reply reply) {
        List<String> fields = new ArrayList<>();
        for (JsonNode error : reply.json().path("errors")) {
            fields.add(error.path("field").asText(null));
        }
        return fields;
    }

    private static void assertRefusedNaming(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(fieldsNamed(reply)).as(reply.body()).contains(field);
        assertThat(reply.body()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("sql");
    }

    @Test
    void refusesDoseWithMoreThanThreeDecimalPlaces() {
        Map<String, Object> body = doseCheck();
        for (String dose : new String[] {"15.0001", "1e-22"}) {
            body.put("doseMg", new BigDecimal(dose));
            Reply reply = prescriber().post("/api/dose-checks", body);
            assertClean(reply, 422, "doseMg");
            assertThat(reply.json().at("/errors/0/reason").asText()).contains("three decimal places");
        }
    }

    @Test
    void refusesAdministeredDoseWithMoreThanThreeDecimalPlaces() {
        Map<String, Object> body = doseCheck();
        body.remove("doseMg");
        body.put("doseDrawnMg", new BigDecimal("100"));
        body.put("doseGivenMg", new BigDecimal("1e-22"));
        body.put("injectionSite", "left arm");
        body.put("batch", "B1");
        ApiClient nurse = new ApiClient(APP.getLocalPort()).signIn("nurse.amara", DemoClinic.DEMO_PASSWORD);
        assertClean(nurse.post("/api/administrations", body), 422, "doseGivenMg");
        body.put("doseGivenMg", new BigDecimal("15.0001"));
        assertClean(nurse.post("/api/administrations", body), 422, "doseGivenMg");
    }

    @Test
    void refusesPrescribedDoseWithMoreThanThreeDecimalPlaces() {
        Map<String, Object> body = new HashMap<>();
        body.put("patientId", coordinator.get("/api/patients").json().get(0).get("id").asLong());
        body.put("productId", 1);
        body.put("routes", List.of("IV"));
        body.put("dosesMg", Map.of("AM", new BigDecimal("15.0001")));
        body.put("sessionsPerDay", 1);
        body.put("startDate", "2026-12-01");
        body.put("inTitration", false);
        body.put("oralMethadoneMgPerDay", new BigDecimal("1e-22"));
        Reply reply = prescriber().post("/api/prescriptions", body);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(fieldsNamed(reply)).containsExactly("dosesMg[AM]", "oralMethadoneMgPerDay");
    }

    @Test
    void refusesNaloxoneWithMoreThanThreeDecimalPlaces() {
        Reply reply = prescriber().post("/api/administrations/1/adverse-events", Map.of("kind", "SUSPECTED_OVERDOSE",
                "naloxoneMg", new BigDecimal("0.4001"), "ambulanceCalled", true));

        assertClean(reply, 422, "naloxoneMg");
    }

    @Test
    void aWithholdingForAPatientWhoDoesNotExistIsA422NamingThePatientAndLogsNoSqlOrReason() throws IOException {
        String reason = "Withheld-Reason-Nobody-Else-Writes";
        Reply reply = prescriber().post("/api/withholdings", Map.of("patientId", 987654, "session", "AM",
                "reason", reason));

        assertClean(reply, 422, "patientId");
        assertThat(Files.readString(DIR.resolve("openhat.log"))).doesNotContain(reason)
                .doesNotContainIgnoringCase("insert into");
    }

    @Test
    void aWithholdingForAMadeUpSessionIsA422NamingTheSession() {
        long patientId = coordinator.get("/api/patients").json().get(0).get("id").asLong();
        Reply reply = prescriber().post("/api/withholdings", Map.of("patientId", patientId, "session", "ZZ",
                "reason", "unwell"));

        assertClean(reply, 422, "session");
    }

    @Test
    void anEmptyDoseCheckNamesEveryMissingField() {
        Reply reply = prescriber().post("/api/dose-checks", "{}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(fieldsNamed(reply)).containsExactlyInAnyOrder("assessment", "doseMg", "patientId", "productId",
                "route", "session", "topUp");
        Map<String, String> reasons = new HashMap<>();
        reply.json().path("errors").forEach(e -> reasons.put(e.path("field").asText(), e.path("reason").asText()));
        // each missing answer asked for in the kiosk's words, not a bare "is required"
        assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.of("assessment", "record the pre-dose assessment first",
                "doseMg", "give the dose in mg", "patientId", "pick the patient",
                "productId", "pick the product (the ampoule's strength)", "route", "pick the route: IV, IM or SC",
                "session", "name the session, such as AM or PM", "topUp", "say whether this is a top-up"));
    }

    @Test
    void everyRequestThatChecksRequiredFieldsNamesThemAll() {
        ApiClient nurse = new ApiClient(APP.getLocalPort()).signIn("nurse.amara", DemoClinic.DEMO_PASSWORD);
        assertThat(fieldsNamed(nurse.post("/api/administrations", "{}"))).contains("patientId", "topUp",
                "doseGivenMg", "assessment");
        assertThat(fieldsNamed(prescriber().post("/api/prescriptions", "{}"))).contains("patientId", "dosesMg",
                "inTitration", "startDate");
        assertThat(fieldsNamed(coordinator.post("/api/patients", "{}"))).contains("nhsNumber", "givenName",
                "familyName", "dateOfBirth", "address", "postcode");
        assertThat(fieldsNamed(prescriber().post("/api/withholdings", "{}"))).contains("patientId", "session",
                "reason");
        Map<String, Object> withoutAnswers = doseCheck();
        withoutAnswers.put("assessment", Map.of());
        assertThat(fieldsNamed(prescriber().post("/api/dose-checks", withoutAnswers)))
                .contains("assessment.drowsy", "assessment.coUseSuspected");
    }

    @Test
    void everyRegisterEntryWithMissingFieldsNamesThemAllAndWritesNothing() {
        ApiClient pharmacist = new ApiClient(APP.getLocalPort()).signIn("pharm.okafor", DemoClinic.DEMO_PASSWORD);
        long entriesBefore = pharmacist.get("/api/register/ledgers/1").json().path("entries").asLong();
        String ledger = "/api/register/ledgers/1";
        assertThat(fieldsNamed(pharmacist.post(ledger + "/receipts", "{}"))).contains("occurredAt", "supplierName",
                "supplierAddress", "ampoules", "invoiceRef", "batch", "expiry");
        assertThat(fieldsNamed(pharmacist.post(ledger + "/waste", "{}"))).contains("occurredAt", "wasteMg", "batch",
                "denatured");
        assertThat(fieldsNamed(pharmacist.post(ledger + "/stock-checks", "{}"))).contains("occurredAt", "counted",
                "secondCount");
        assertThat(fieldsNamed(pharmacist.post(ledger + "/destructions", "{}"))).contains("occurredAt", "ampoules",
                "batch", "reason", "witnessCapacity", "authorisationRef");
        assertThat(fieldsNamed(pharmacist.post(ledger + "/returns", "{}"))).contains("occurredAt", "ampoules", "batch",
                "returnedToName", "returnedToAddress", "reason");
        assertThat(fieldsNamed(pharmacist.post(ledger + "/corrections", "{}"))).contains("correctsSeq", "reason",
                "adjustment");
        assertThat(pharmacist.get(ledger).json().path("entries").asLong()).isEqualTo(entriesBefore);
    }
}
