package org.openhat.clinic.core.register.safe;

import java.time.Instant;

/** One thing the safe and the register do not agree on, or an alarm of the safe: each is for a pharmacist to explain. */
public record ReconciliationAlert(Kind kind, Instant at, String stationCode, String detail) {

    public enum Kind {
        /** A register entry that needed the safe open, with no door opening to match it. */
        ENTRY_WITHOUT_OPENING,
        /** A door opening that no register entry accounts for. */
        OPENING_WITHOUT_ENTRY,
        /** The safe itself raised an alarm: forced, held open, tampered with, or a code this server cannot read. */
        SAFE_ALARM
    }

    static ReconciliationAlert of(EntryNeedingSafe e) {
        return new ReconciliationAlert(Kind.ENTRY_WITHOUT_OPENING, e.occurredAt(), e.stationCode(),
                e.kind() + " entry " + e.ledgerId() + "/" + e.seq() + " has no safe door opening"
                        + (e.safeRequestRef() == null ? "" : " for request " + e.safeRequestRef()));
    }

    static ReconciliationAlert of(DoorOpening o) {
        return new ReconciliationAlert(Kind.OPENING_WITHOUT_ENTRY, o.openedAt(), o.stationCode(),
                o.code() + " of compartment " + o.compartment() + " has no register entry"
                        + (o.requestRef() == null ? " and no unlock request" : " (request " + o.requestRef() + ")"));
    }

    static ReconciliationAlert of(SafeEvent e) {
        return new ReconciliationAlert(Kind.SAFE_ALARM, e.safeTime(), e.stationCode(),
                e.code() + " on compartment " + e.compartment() + " (safe event " + e.safeEventNumber() + ")");
    }
}
