package org.openhat.clinic.core.register.discrepancy;

/** What a note on a discrepancy is; a RESOLUTION closes it and needs a pharmacist. */
public enum NoteKind {
    NOTE,
    INVESTIGATION,
    RESOLUTION
}
