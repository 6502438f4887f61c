package org.openhat.clinic.dispensing;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.TestDatabase;

@ExtendWith(DropwizardExtensionsSupport.class)

class DispensingFlowOnSqliteTest extends DispensingFlowContract {
    static final DropwizardAppExtension<ClinicConfiguration> APP =
            ClinicApp.on(TestDatabase.Backend.SQLITE, ClinicApp.tempDir("openhat-dispensing"));

    @BeforeAll
    static void open() {
        openClinic(APP);
    }
}
