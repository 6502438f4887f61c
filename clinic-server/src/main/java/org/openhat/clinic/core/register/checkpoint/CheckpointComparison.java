package org.openhat.clinic.core.register.checkpoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openhat.clinic.core.register.Ledger;

/**
 * A ledger's checkpoints as the database holds them set against the checkpoint file's lines for
 * that ledger. Every checkpoint from either side seals its entry (a checkpoint deleted from the
 * database still names, through the file, the entries it sealed); where the two disagree, the
 * disagreement on the earliest entry is kept to report.
 */
public record CheckpointComparison(List<Checkpoint> checkpoints, Disagreement first) {

    /** Where the database and the file part: the entry the checkpoint names, and what is wrong. */
    public record Disagreement(long seq, String problem) {
    }

    /** Only the database's checkpoints, when no file is compared. */
    public static CheckpointComparison databaseOnly(List<Checkpoint> stored) {
        return new CheckpointComparison(stored, null);
    }

    public static CheckpointComparison of(Ledger ledger, List<Checkpoint> stored, CheckpointFile.Contents file,
                                          String fileName) {
        List<Checkpoint> all = new ArrayList<>(stored);
        List<Disagreement> found = new ArrayList<>();
        Map<Long, CheckpointLine> lines = new HashMap<>();
        for (CheckpointLine line : file.lines()) {
            if (line.ledger() == ledger.id() && lines.putIfAbsent(line.checkpoint(), line) != null) {
                found.add(new Disagreement(line.line(), "the checkpoint file " + fileName + " holds checkpoint "
                        + line.checkpoint() + " twice"));
            }
        }
        file.unreadable().forEach(why -> found.add(new Disagreement(1, why)));
        Set<Long> inDatabase = new HashSet<>();
        for (Checkpoint c : stored) {
            inDatabase.add(c.id());
            CheckpointLine line = lines.get(c.id());
            if (line == null) {
                found.add(new Disagreement(c.seq(), "signed checkpoint " + c.id() + " (entry " + c.seq()
                        + ") is in the database but not in the checkpoint file " + fileName));
            } else if (!line.agreesWith(ledger, c)) {
                found.add(new Disagreement(Math.min(c.seq(), line.line()), "signed checkpoint " + c.id()
                        + " in the database differs from its line in the checkpoint file " + fileName));
            }
        }
        for (CheckpointLine line : lines.values()) {
            if (!inDatabase.contains(line.checkpoint())) {
                all.add(line.checkpointRow());
                found.add(new Disagreement(line.line(), "signed checkpoint " + line.checkpoint() + " (entry "
                        + line.line() + ") in the checkpoint file " + fileName + " is not in the database"));
            }
        }
        Disagreement first = found.stream().min(Comparator.comparingLong(Disagreement::seq)).orElse(null);
        return new CheckpointComparison(all, first);
    }
}
