package org.openhat.devices.sim;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.openhat.devices.scanner.LineSuffix;
import org.openhat.devices.serial.JSerialCommLink;
import org.openhat.devices.serial.SerialLink;
import org.openhat.devices.serial.SerialSettings;

/**
 * Runs a simulator on a serial path (typically one end of a socat pty pair):
 * <pre>
 * SimulatorMain safe --port /tmp/ttyS1 --state /tmp/safe-state [--compartments 4] [--baud 19200]
 * SimulatorMain scanner --port /tmp/ttyS3 [--suffix CR] [--baud 9600]
 * </pre>
 * Both read commands from stdin, one per line; see {@link SimulatorConsole}.
 */
public final class SimulatorMain {
    private SimulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || (!"safe".equals(args[0]) && !"scanner".equals(args[0]))) {
            System.err.println("usage: SimulatorMain safe --port PATH --state FILE [--compartments N] [--baud B]");
            System.err.println("       SimulatorMain scanner --port PATH [--suffix CR|LF|CRLF|GS|TAB] [--baud B]");
            System.exit(2);
        }
        Map<String, String> opts = options(args);
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        boolean safe = "safe".equals(args[0]);
        int baud = Integer.parseInt(opts.getOrDefault("baud", safe ? "19200" : "9600"));
        SerialLink link = new JSerialCommLink(
                SerialSettings.of(required(opts, "port"), baud).withReconnect(Duration.ofMillis(200), Duration.ofSeconds(2)),
                Clock.systemUTC());
        if (safe) {
            int compartments = Integer.parseInt(opts.getOrDefault("compartments", "4"));
            SafeSimulatorSettings settings = new SafeSimulatorSettings(compartments, Duration.ofSeconds(120),
                    Duration.ofSeconds(2));
            try (SafeSimulator sim = new SafeSimulator(link, Clock.systemUTC(), Path.of(required(opts, "state")), settings)) {
                sim.start();
                sim.startTicking(Duration.ofMillis(100));
                SimulatorConsole.runSafe(sim, stdin, System.out);
            }
        } else {
            LineSuffix suffix = LineSuffix.parse(opts.getOrDefault("suffix", "CR"));
            try (ScannerSimulator sim = new ScannerSimulator(link, suffix)) {
                sim.start();
                SimulatorConsole.runScanner(sim, link, stdin, System.out);
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option, got " + args[i]);
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        return opts;
    }

    private static String required(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }
}
