package org.openhat.clinic.resources;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.register.EntryFilter;
import org.openhat.clinic.core.register.EntryKind;

/** Query parameters parsed into values, refusing bad ones with the parameter's name. */
final class Params {
    private Params() {
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(name, "must be an ISO-8601 instant such as 2026-11-22T09:00:00Z");
        }
    }

    static EntryFilter filter(String kind, String batch, String from, String to) {
        EntryKind entryKind = null;
        if (kind != null && !kind.isBlank()) {
            try {
                entryKind = EntryKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new ValidationException("kind", "is not a register entry kind");
            }
        }
        return new EntryFilter(entryKind, batch == null || batch.isBlank() ? null : batch, instant("from", from),
                instant("to", to));
    }
}
