package org.openhat.devices.it;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openhat.devices.testing.Await;

/**
 * A real pty pair made by socat, as in devices.md §5.1. The test owns the process: it starts
 * it, kills it (SIGTERM removes the links) and restarts it. Without socat the test FAILS.
 */
final class SocatPair implements AutoCloseable {
    private final Path hostPath;
    private final Path devicePath;
    private final Path log;
    private Process process;

    private SocatPair(Path dir) {
        this.hostPath = dir.resolve("ttyHost");
        this.devicePath = dir.resolve("ttyDevice");
        this.log = dir.resolve("socat.log");
    }

    static SocatPair start(Path dir) {
        SocatPair pair = new SocatPair(dir);
        pair.restart();
        return pair;
    }

    String hostPath() {
        return hostPath.toString();
    }

    String devicePath() {
        return devicePath.toString();
    }

    void restart() {
        try {
            Files.deleteIfExists(hostPath); // stale links from a SIGKILLed socat
            Files.deleteIfExists(devicePath);
            process = new ProcessBuilder("socat", "-d", "-d",
                    "pty,raw,echo=0,link=" + hostPath, "pty,raw,echo=0,link=" + devicePath)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            fail("socat is needed for the serial integration tests and could not be started (" + e.getMessage()
                    + "). Install it: apt-get install -y socat");
        }
        Await.until("socat links " + hostPath + " and " + devicePath, Duration.ofSeconds(5),
                () -> Files.exists(hostPath) && Files.exists(devicePath));
    }

    /** SIGTERM: socat exits and removes both links, as when a USB adapter is unplugged. */
    void kill() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        Await.until("socat links removed", () -> !Files.exists(hostPath, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                || !Files.exists(hostPath));
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
