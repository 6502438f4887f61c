package org.openhat.devices.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import org.openhat.devices.serial.LinkStatus;
import org.openhat.devices.serial.SerialLink;

/**
 * The stdin commands of the standalone simulators.
 * Safe: {@code open N}, {@code close N}, {@code force N}, {@code tamper}, {@code clear-tamper},
 * {@code status}, {@code quit}. Scanner: each line is sent as one scan; {@code <GS>} or
 * {@code \x1d} in the line stands for the GS byte (FNC1).
 */
final class SimulatorConsole {
    private SimulatorConsole() {
    }

    static void runSafe(SafeSimulator sim, BufferedReader in, PrintStream out) throws IOException {
        out.println("safe simulator ready");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] w = line.trim().split("\\s+");
            try {
                switch (w[0]) {
                    case "open" -> sim.openDoor(Integer.parseInt(w[1]));
                    case "close" -> sim.closeDoor(Integer.parseInt(w[1]));
                    case "force" -> sim.forceOpen(Integer.parseInt(w[1]));
                    case "tamper" -> sim.tamper();
                    case "clear-tamper" -> sim.clearTamper();
                    case "status" -> out.println(sim.statusReport());
                    case "quit" -> {
                        return;
                    }
                    case "" -> {
                        continue;
                    }
                    default -> {
                        out.println("unknown command: " + w[0]);
                        continue;
                    }
                }
                out.println("ok " + w[0]);
            } catch (RuntimeException e) {
                out.println("error: " + e.getMessage());
            }
        }
    }

    static void runScanner(ScannerSimulator sim, SerialLink link, BufferedReader in, PrintStream out)
            throws IOException {
        out.println("scanner simulator ready");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String text = line.replace("<GS>", "\u001D").replace("\\x1d", "\u001D").replace("\\x1D", "\u001D");
            if (!waitConnected(link)) {
                out.println("error: " + link.name() + " is not connected");
                continue;
            }
            try {
                sim.scanRaw(text);
                out.println("sent " + text.length() + " bytes");
            } catch (IOException e) {
                out.println("error: " + e.getMessage());
            }
        }
    }

    private static boolean waitConnected(SerialLink link) {
        for (int i = 0; i < 50 && link.status() != LinkStatus.CONNECTED; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return link.status() == LinkStatus.CONNECTED;
    }
}
