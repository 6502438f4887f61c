package org.openhat.clinic.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.service.dispensing.SessionOutcomes;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.TestDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text that reaches the log cannot forge a log line: the clinic's logging configuration escapes
 * line breaks and other control characters in every message and exception message, and stack
 * traces keep one frame a line. Read back from the real log file the running server writes.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class LogInjectionTest {
    private static final Path DIR = ClinicApp.tempDir("openhat-log-injection");
    static final DropwizardAppExtension<ClinicConfiguration> APP = ClinicApp.on(TestDatabase.Backend.SQLITE, DIR);

    /** A logger of the clinic's own, configured by the server's logging settings like any other. */
    private static final Logger LOG = LoggerFactory.getLogger(SessionOutcomes.class);

    private static final String FORGED = "INFO  [2026-12-07 10:00:00,000] org.openhat.clinic.Forged: 400 mg given";

    @Test
    void aLineBreakInLoggedTextCannotForgeALogLine() throws Exception {
        String marker = marker();
        LOG.warn("Withholding reason {}: {}", marker, "unwell\n" + FORGED);

        List<String> lines = linesAfterWriting(marker);
        assertThat(lines).noneMatch(line -> line.startsWith(FORGED));
        assertThat(lines).anyMatch(line -> line.contains(marker + ": unwell\\n" + FORGED));
    }

    @Test
    void otherControlCharactersAreEscapedToo() throws Exception {
        String marker = marker();
        LOG.warn("{} carriage\rreturn escape\u001b[31mred next-line\u0085 separator\u2028 bell\u0007", marker);

        String line = linesAfterWriting(marker).stream().filter(l -> l.contains(marker)).findFirst().orElseThrow();
        assertThat(line).contains("carriage\\rreturn", "escape\\u001b[31mred", "next-line\\u0085", "separator\\u2028",
                "bell\\u0007");
        assertThat(line.chars().filter(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f))).isEmpty();
    }

    @Test
    void stackTracesStayReadableWithTheirMessagesEscaped() throws Exception {
        String marker = marker();
        LOG.error("Failed {}", marker, new IllegalStateException("bad\n" + FORGED,
                new IllegalArgumentException("cause\r\nINFO  forged cause")));

        List<String> lines = linesAfterWriting(marker);
        assertThat(lines).noneMatch(line -> line.startsWith(FORGED) || line.startsWith("INFO  forged"));
        assertThat(lines).anyMatch(line -> line.contains("IllegalStateException: bad\\n" + FORGED));
        assertThat(lines).anyMatch(line -> line.contains("IllegalArgumentException: cause\\r\\nINFO  forged cause"));
        assertThat(lines).anyMatch(line -> line.startsWith("! at org.openhat.clinic.app.LogInjectionTest"));
    }

    private static String marker() {
        return "marker-" + UUID.randomUUID();
    }

    /** The log file's lines once the (asynchronous) appender has written the marker. */
    private static List<String> linesAfterWriting(String marker) throws IOException, InterruptedException {
        Path log = DIR.resolve("openhat.log");
        for (int i = 0; i < 100; i++) {
            if (Files.exists(log) && Files.readString(log).contains(marker)) {
                Thread.sleep(100); // the rest of the event (its stack trace) is written in the same go
                return Files.readAllLines(log);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the marker never reached " + log);
    }
}
