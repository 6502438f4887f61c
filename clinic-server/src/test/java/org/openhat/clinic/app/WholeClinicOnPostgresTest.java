package org.openhat.clinic.app;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.TestDatabase;

@ExtendWith(DropwizardExtensionsSupport.class)
@DisabledIfSystemProperty(named = "openhat.postgres", matches = "skip")
class WholeClinicOnPostgresTest extends WholeClinicContract {
    static final DropwizardAppExtension<ClinicConfiguration> APP =
            ClinicApp.on(TestDatabase.Backend.POSTGRESQL, ClinicApp.tempDir("openhat-app-pg"));

    @BeforeAll
    static void seed() {
        ClinicApp.seedDemo(APP, Clock.systemUTC());
    }

    @Override
    DropwizardAppExtension<ClinicConfiguration> app() {
        return APP;
    }
}
