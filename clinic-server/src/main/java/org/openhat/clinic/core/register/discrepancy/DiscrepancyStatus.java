package org.openhat.clinic.core.register.discrepancy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A discrepancy with its notes and where it stands. Still open after the escalation period
 * (24 hours by default, clinical-rules 7.7), it is escalated to the Controlled Drugs Accountable
 * Officer.
 */
public record DiscrepancyStatus(Discrepancy discrepancy, List<DiscrepancyNote> notes, boolean resolved,
                                boolean escalated, String escalatedTo) {

    public static final String CDAO = "Controlled Drugs Accountable Officer";

    public static DiscrepancyStatus of(Discrepancy d, List<DiscrepancyNote> notes, Instant now, Duration escalateAfter) {
        boolean resolved = notes.stream().anyMatch(n -> n.kind() == NoteKind.RESOLUTION);
        boolean escalated = !resolved && !now.isBefore(d.openedAt().plus(escalateAfter));
        return new DiscrepancyStatus(d, List.copyOf(notes), resolved, escalated, escalated ? CDAO : null);
    }
}
