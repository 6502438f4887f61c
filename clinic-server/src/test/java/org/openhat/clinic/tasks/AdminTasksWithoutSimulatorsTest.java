package org.openhat.clinic.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.testing.AdminTaskClient;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.TestDatabase;

/**
 * A clinic whose stations have no simulated devices, and whose admin task secret comes from
 * configuration (as from {@code CLINIC_ADMIN_TASK_SECRET}) rather than a file.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdminTasksWithoutSimulatorsTest {
    private static final String SECRET = "configured-secret-for-the-admin-tasks-0001";
    private static final Path DIR = ClinicApp.tempDir("openhat-admin-tasks-real-devices");
    static final DropwizardAppExtension<ClinicConfiguration> APP = ClinicApp.on(TestDatabase.Backend.SQLITE, DIR,
            ConfigOverride.config("adminTasks.secret", SECRET));
    private static final AdminTaskClient TASKS = new AdminTaskClient(APP);

    @Test
    void simulatorTasksDoNotExistWithoutSimulatedDevices() {
        assertThat(TASKS.post("scan?station=KIOSK-1", "]C0OHS:N0042").statusCode()).isEqualTo(404);
        assertThat(TASKS.post("safe-door?station=KIOSK-1&action=open", "").statusCode()).isEqualTo(404);
        assertThat(TASKS.post("close-sessions", "").statusCode()).isEqualTo(200);
    }

    @Test
    void takesTheConfiguredSecretAndWritesNoSecretFile() {
        var withConfigured = AdminTaskClient.send(TASKS.request("close-sessions")
                .header("Authorization", "Bearer " + SECRET).POST(HttpRequest.BodyPublishers.noBody()));
        var withoutIt = AdminTaskClient.send(TASKS.request("close-sessions").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(withConfigured.statusCode()).isEqualTo(200);
        assertThat(withoutIt.statusCode()).isEqualTo(401);
        assertThat(Files.exists(Path.of(APP.getConfiguration().getAdminTasks().getSecretFile()))).isFalse();
    }
}
