package org.openhat.clinic.cli;

import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.openhat.devices.sim.SimulatorMain;

/**
 * Runs a device simulator on a serial path (one end of a socat pty pair), so a clinic can try its
 * configuration without hardware and without a classpath line:
 * <pre>
 * java -jar openhat-clinic.jar simulate-safe --port /tmp/ttyS1 --state /tmp/safe-state [--compartments 4]
 * java -jar openhat-clinic.jar simulate-scanner --port /tmp/ttyS3 [--suffix CR]
 * </pre>
 * Commands are read from standard input (docs/devices.md).
 */
public class SimulateCommand extends Command {
    private final String device;

    private SimulateCommand(String device, String description) {
        super("simulate-" + device, description);
        this.device = device;
    }

    public static SimulateCommand safe() {
        return new SimulateCommand("safe", "Runs a simulated Safe Link v1 safe on a serial path");
    }

    public static SimulateCommand scanner() {
        return new SimulateCommand("scanner", "Runs a simulated barcode scanner on a serial path");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("--port").required(true).help("serial path, e.g. /tmp/ttyS1 or /dev/pts/3");
        subparser.addArgument("--baud").help("baud rate (safe 19200, scanner 9600)");
        if (device.equals("safe")) {
            subparser.addArgument("--state").required(true).help("file that keeps the safe's event log");
            subparser.addArgument("--compartments").help("how many compartments (4)");
        } else {
            subparser.addArgument("--suffix").help("CR, LF, CRLF, GS or TAB (CR)");
        }
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
        SimulatorMain.main(arguments(namespace).toArray(String[]::new));
    }

    List<String> arguments(Namespace namespace) {
        List<String> args = new ArrayList<>(List.of(device));
        for (String option : List.of("port", "baud", "state", "compartments", "suffix")) {
            String value = namespace.getString(option);
            if (value != null) {
                args.add("--" + option);
                args.add(value);
            }
        }
        return args;
    }
}
