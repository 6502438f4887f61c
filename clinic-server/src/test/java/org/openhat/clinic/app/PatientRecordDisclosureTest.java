package org.openhat.clinic.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.cli.DemoClinic;
import org.openhat.clinic.testing.ApiClient;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.TestDatabase;

/**
 * Patient data goes no further than each role needs: lists carry no identifier or address for
 * anyone; one record shows the NHS number and date of birth to a nurse, the address only to the
 * roles that prescribe, refer and register; and every read of one record is audited.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PatientRecordDisclosureTest {
    static final DropwizardAppExtension<ClinicConfiguration> APP =
            ClinicApp.on(TestDatabase.Backend.SQLITE, ClinicApp.tempDir("openhat-disclosure"));

    @BeforeAll
    static void seed() {
        ClinicApp.seedDemo(APP, Clock.systemUTC());
    }

    private static ApiClient as(String username) {
        return new ApiClient(APP.getLocalPort()).signIn(username, DemoClinic.DEMO_PASSWORD);
    }

    @Test
    void patientListsCarryNoIdentifiersOrAddressForAnyRole() {
        for (String username : new String[] {"nurse.amara", "dr.patel", "pharm.okafor", "coord.jones", "admin"}) {
            JsonNode list = as(username).get("/api/patients").json();
            assertThat(list).as(username).hasSizeGreaterThanOrEqualTo(15);
            for (JsonNode patient : list) {
                assertThat(patient.has("id") && patient.has("givenName") && patient.has("familyName")
                        && patient.has("status") && patient.has("hasPhoto")).as(username).isTrue();
                assertThat(patient.has("nhsNumber") || patient.has("dateOfBirth") || patient.has("address")
                        || patient.has("postcode")).as(username + " sees " + patient).isFalse();
            }
        }
    }

    @Test
    void aNurseSeesTheIdentifiersToCheckButNotTheAddress() {
        JsonNode record = as("nurse.amara").get("/api/patients/" + firstPatientId()).json();

        assertThat(record.path("nhsNumber").asText()).hasSize(10);
        assertThat(record.has("dateOfBirth")).isTrue();
        assertThat(record.has("address") || record.has("postcode")).isFalse();
    }

    @Test
    void aPharmacistSeesNoIdentifierOrAddressOnASingleRecord() {
        JsonNode record = as("pharm.okafor").get("/api/patients/" + firstPatientId()).json();

        assertThat(record.path("givenName").asText()).isNotBlank();
        assertThat(record.has("nhsNumber") || record.has("dateOfBirth") || record.has("address")).isFalse();
    }

    @Test
    void aPrescriberSeesTheWholeRecordWithTheAddress() {
        JsonNode record = as("dr.patel").get("/api/patients/" + firstPatientId()).json();

        assertThat(record.has("nhsNumber") && record.has("dateOfBirth") && record.has("address")
                && record.has("postcode")).isTrue();
    }

    @Test
    void everyReadOfOnePatientsRecordIsAudited() {
        long id = firstPatientId();
        ApiClient nurse = as("nurse.amara");
        ApiClient admin = as("admin");
        int before = views(admin, id);

        nurse.get("/api/patients/" + id);
        String nhsNumber = as("dr.patel").get("/api/patients/" + id).json().get("nhsNumber").asText();
        nurse.post("/api/patients/find-by-nhs-number", Map.of("nhsNumber", nhsNumber));

        assertThat(views(admin, id)).isEqualTo(before + 3);
    }

    private static int views(ApiClient admin, long id) {
        int views = 0;
        for (JsonNode line : admin.get("/api/audit?recordType=patient&recordId=" + id).json()) {
            views += line.get("action").asText().equals("PATIENT_RECORD_VIEWED") ? 1 : 0;
        }
        return views;
    }

    private static long firstPatientId() {
        return as("coord.jones").get("/api/patients").json().get(0).get("id").asLong();
    }
}
