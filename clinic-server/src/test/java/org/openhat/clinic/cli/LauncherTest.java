package org.openhat.clinic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.TestDatabase;

/**
 * The launcher as a newcomer types it: {@code ./openhat help} says only the help, and
 * {@code ./openhat scan '<scan>'} reaches a running clinic's simulated scanner through the admin
 * task, with the secret the clinic made, and fails loudly when it cannot.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class LauncherTest {
    private static final Path DIR = ClinicApp.tempDir("openhat-launcher");
    static final DropwizardAppExtension<ClinicConfiguration> APP = ClinicApp.on(TestDatabase.Backend.SQLITE, DIR);
    /** The repository's root: the tests run in clinic-server. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    record Run(int exitCode, String out, String err) {
    }

    @Test
    void helpPrintsOnlyTheHelp() throws Exception {
        Run help = launcher(Map.of(), "help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).startsWith("OpenHAT launcher.").contains("./openhat demo", "./openhat scan")
                .doesNotContain("\u001b", "INFO", "set -euo");
        assertThat(launcher(Map.of(), "--help").out()).isEqualTo(help.out());
    }

    @Test
    void scanSendsTheScanToTheSimulatedScannerOfTheStation() throws Exception {
        Run run = launcher(adminPort(), "scan", "]C0OHS:N0042");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("sent 12 bytes to KIOSK-1");
        Run second = launcher(adminPort(), "scan", "]C0OHS:N0107", "KIOSK-2");
        assertThat(second.out()).contains("sent 12 bytes to KIOSK-2");
    }

    @Test
    void scanFailsWhenTheStationHasNoSimulatedScannerOrTheSecretIsWrong() throws Exception {
        assertThat(launcher(adminPort(), "scan", "]C0OHS:N0042", "KIOSK-9").exitCode()).isNotZero();
        Path wrong = Files.writeString(DIR.resolve("wrong-secret"), "not-the-clinic-secret-at-all");
        Map<String, String> env = Map.of("CLINIC_ADMIN_PORT", Integer.toString(APP.getAdminPort()),
                "CLINIC_ADMIN_TASK_SECRET_FILE", wrong.toString());
        assertThat(launcher(env, "scan", "]C0OHS:N0042").exitCode()).isNotZero();
    }

    private static Map<String, String> adminPort() {
        return Map.of("CLINIC_ADMIN_PORT", Integer.toString(APP.getAdminPort()),
                "CLINIC_ADMIN_TASK_SECRET_FILE", DIR.resolve("admin-task-secret").toString());
    }

    private static Run launcher(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(ROOT.resolve("openhat").toString()));
        command.addAll(List.of(args));
        File out = Files.createTempFile(DIR, "out", ".txt").toFile();
        File err = Files.createTempFile(DIR, "err", ".txt").toFile();
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out).redirectError(err);
        builder.environment().remove("CLINIC_ADMIN_TASK_SECRET");
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }
}
