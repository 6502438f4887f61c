package org.openhat.devices.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openhat.devices.safe.SafeEvent;
import org.openhat.devices.safe.SafeEventCode;

/**
 * The simulated safe's own memory: every event, which are acknowledged, and the tamper
 * flag, in an append-only text file so a restarted (even killed) simulator continues
 * numbering and still holds its unacknowledged events. Lines:
 * {@code E number epochSeconds code compartment operatorHex}, {@code A number}, {@code T 0|1}.
 */
final class SafeEventJournal {
    private final Path file;
    private final boolean existed;
    private final TreeMap<Long, SafeEvent> events = new TreeMap<>();
    private final TreeSet<Long> unacknowledged = new TreeSet<>();
    private boolean tamper;

    private SafeEventJournal(Path file, boolean existed) {
        this.file = file;
        this.existed = existed;
    }

    static SafeEventJournal open(Path file) throws IOException {
        boolean existed = Files.exists(file);
        SafeEventJournal journal = new SafeEventJournal(file, existed);
        if (existed) {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                journal.replay(line);
            }
        }
        return journal;
    }

    /** True when the file was there before: the simulator is being restarted. */
    boolean existed() {
        return existed;
    }

    SafeEvent append(Instant time, SafeEventCode code, int compartment, String operator) {
        long number = lastNumber() + 1;
        SafeEvent e = new SafeEvent(number, Instant.ofEpochSecond(time.getEpochSecond()), code, compartment, operator);
        write("E " + number + " " + e.safeTime().getEpochSecond() + " " + e.code() + " " + compartment + " "
                + HexFormat.of().formatHex(operator.getBytes(StandardCharsets.US_ASCII)) + "\n");
        events.put(number, e);
        unacknowledged.add(number);
        return e;
    }

    void acknowledge(long number) {
        if (unacknowledged.remove(number)) {
            write("A " + number + "\n");
        }
    }

    void recordTamper(boolean on) {
        if (on != tamper) {
            tamper = on;
            write("T " + (on ? 1 : 0) + "\n");
        }
    }

    boolean tamper() {
        return tamper;
    }

    long lastNumber() {
        return events.isEmpty() ? 0 : events.lastKey();
    }

    List<SafeEvent> since(long number) {
        return new ArrayList<>(events.tailMap(number, false).values());
    }

    List<SafeEvent> unacknowledged() {
        return unacknowledged.stream().map(events::get).toList();
    }

    List<SafeEvent> all() {
        return new ArrayList<>(events.values());
    }

    private void replay(String line) {
        String[] f = line.split(" ", -1);
        try {
            switch (f[0]) {
                case "E" -> {
                    long n = Long.parseLong(f[1]);
                    String op = new String(HexFormat.of().parseHex(f[5]), StandardCharsets.US_ASCII);
                    events.put(n, new SafeEvent(n, Instant.ofEpochSecond(Long.parseLong(f[2])),
                            Integer.parseInt(f[3]), Integer.parseInt(f[4]), op));
                    unacknowledged.add(n);
                }
                case "A" -> unacknowledged.remove(Long.parseLong(f[1]));
                case "T" -> tamper = "1".equals(f[1]);
                default -> { }
            }
        } catch (RuntimeException e) {
            // a line cut short by a crash mid-write: the event it described was never sent
        }
    }

    private void write(String line) {
        try {
            Files.writeString(file, line, StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write safe state " + file, e);
        }
    }
}
