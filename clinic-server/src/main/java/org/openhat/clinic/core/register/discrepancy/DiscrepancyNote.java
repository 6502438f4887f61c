package org.openhat.clinic.core.register.discrepancy;

import java.time.Instant;

public record DiscrepancyNote(long id, long discrepancyId, NoteKind kind, String text, Instant writtenAt,
                              long writtenBy) {
}
