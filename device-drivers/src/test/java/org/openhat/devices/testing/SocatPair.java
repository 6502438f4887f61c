package org.openhat.devices.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real pty pair made by socat (devices.md §5.1): the server opens {@link #hostPath()}, a
 * simulator the other end. The test owns the process; SIGTERM removes both links, like pulling
 * the cable. Without socat the test FAILS with a clear message: it is never skipped.
 */
public final class SocatPair implements AutoCloseable {
    private final Path hostPath;
    private final Path devicePath;
    private final Path log;
    private Process process;

    private SocatPair(Path dir, String name) {
        this.hostPath = dir.resolve(name + "-host");
        this.devicePath = dir.resolve(name + "-device");
        this.log = dir.resolve(name + "-socat.log");
    }

    public static SocatPair start(Path dir, String name) {
        SocatPair pair = new SocatPair(dir, name);
        pair.restart();
        return pair;
    }

    public String hostPath() {
        return hostPath.toString();
    }

    public String devicePath() {
        return devicePath.toString();
    }

    public synchronized void restart() {
        try {
            Files.deleteIfExists(hostPath); // stale links from a SIGKILLed socat
            Files.deleteIfExists(devicePath);
            process = new ProcessBuilder("socat", "-d", "-d",
                    "pty,raw,echo=0,link=" + hostPath, "pty,raw,echo=0,link=" + devicePath)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new AssertionError("socat is needed for the device integration tests and could not be started ("
                    + e.getMessage() + "). Install it: apt-get install -y socat (.ci/test-with-databases does)", e);
        }
        Await.until("socat links " + hostPath + " and " + devicePath, Duration.ofSeconds(5),
                () -> Files.exists(hostPath) && Files.exists(devicePath));
    }

    /** SIGTERM: socat exits and removes both links, as when a USB adapter is unplugged. */
    public synchronized void kill() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Await.until("socat links removed", () -> !Files.exists(hostPath, LinkOption.NOFOLLOW_LINKS));
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
