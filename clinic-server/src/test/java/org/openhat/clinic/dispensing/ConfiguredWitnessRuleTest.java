package org.openhat.clinic.dispensing;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.testing.ApiClient;
import org.openhat.clinic.testing.ApiClient.Reply;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.TestDatabase;

/** A clinic whose prescribers work on the dispensing floor names them as witnesses too. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConfiguredWitnessRuleTest {
    static final DropwizardAppExtension<ClinicConfiguration> APP = ClinicApp.on(TestDatabase.Backend.SQLITE,
            ClinicApp.tempDir("openhat-witness-rule"),
            ConfigOverride.config("dispensing.doseWitnessRoles", "NURSE,PHARMACIST,PRESCRIBER"));

    @BeforeAll
    static void seed() {
        ClinicApp.seedDemo(APP, Clock.systemUTC());
    }

    @Test
    void aClinicThatNamesPrescribersAsWitnessesAcceptsOneAndSaysSo() {
        ApiClient nurse = new ApiClient(APP.getLocalPort()).signInWithBadge("N0150", "1500", "KIOSK-2");

        Reply witnessed = nurse.post("/api/sessions/current/witness", Map.of("badgeCode", "D0007", "pin", "7007"));

        assertThat(witnessed.status()).as(witnessed.body()).isEqualTo(200);
        assertThat(witnessed.json().at("/witness/username").asText()).isEqualTo("dr.patel");
        assertThat(witnessed.json().at("/atThisKiosk/witnessRule").asText())
                .isEqualTo("a second nurse, pharmacist or prescriber");
    }
}
