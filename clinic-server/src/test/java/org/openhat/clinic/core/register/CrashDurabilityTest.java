package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.service.register.RegisterVerifier;

/**
 * kill -9 of a process in the middle of appending: every entry it acknowledged is still there
 * afterwards and the ledger verifies. The child is a real JVM on the same SQLite file.
 */
class CrashDurabilityTest {
    private static final int ACKS_BEFORE_KILL = 120;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedEntrySurvivesAKillNineDuringAppends() throws Exception {
        long ledgerId;
        long nurse;
        long second;
        try (RegisterFixture f = RegisterFixture.sqlite(dir)) {
            // The child uses the real clock; the fixture's ledger was opened at a fixed time, which does not matter.
            ledgerId = f.ledger.id();
            nurse = f.nurse;
            second = f.secondNurse;
        }
        Path quietLogging = dir.resolve("logback.xml");
        Files.writeString(quietLogging, "<configuration><root level=\"WARN\"/></configuration>");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dlogback.configurationFile=" + quietLogging,
                RegisterAppender.class.getName(), dir.resolve("clinic.db").toString(), String.valueOf(ledgerId),
                String.valueOf(nurse), String.valueOf(second))
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        List<Long> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < ACKS_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(Long.parseLong(line.substring(4)));
                }
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing of the pool
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).as("child stderr: %s", Files.readString(dir.resolve("child.err")))
                .hasSize(ACKS_BEFORE_KILL);

        try (RegisterFixture after = RegisterFixture.reopen(dir)) {
            VerifyResult result = new RegisterVerifier(after.transactor(), null).verify(ledgerId);
            assertThat(result.intact()).as(result.describe()).isTrue();
            assertThat(result.entriesChecked()).isGreaterThanOrEqualTo(acknowledged.stream().mapToLong(s -> s).max()
                    .orElseThrow());
            for (long seq : acknowledged) {
                assertThat(after.register.entry(ledgerId, seq).occurredAt()).isBefore(Instant.now());
            }
        }
    }
}
