package org.openhat.clinic.api;

import jakarta.validation.constraints.NotNull;
import org.openhat.clinic.core.register.discrepancy.NoteKind;

public record DiscrepancyNoteRequest(@NotNull NoteKind kind, String text) {
}
