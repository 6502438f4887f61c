package org.openhat.clinic.core.register;

/** The kinds of line the register holds. */
public enum EntryKind {
    RECEIPT(true),
    ADMINISTRATION(true),
    /** Dose waste is denatured at the preparation bench, not in the safe. */
    WASTE(false),
    DESTRUCTION(true),
    RETURN(true),
    STOCK_CHECK(true),
    CORRECTION(false);

    private final boolean needsSafe;

    EntryKind(boolean needsSafe) {
        this.needsSafe = needsSafe;
    }

    /** Whether making this entry means opening a safe, so reconciliation expects a door opening for it. */
    public boolean needsSafe() {
        return needsSafe;
    }
}
