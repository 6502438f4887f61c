package org.openhat.clinic.cli;

/** Where a demo patient stands when the demo starts: the states a real clinic always has some of. */
public enum PatientStory {
    /** Twice a day, every day, for the whole history. */
    STABLE("stable on twice-daily maintenance"),
    /** Began treatment five days ago on induction doses; the prescriber raises the dose each morning. */
    IN_TITRATION("in titration: started five days ago, the dose rising each morning"),
    /** Dosed for months, then missed the last three clinic days: the dose check asks for a prescriber. */
    BACK_AFTER_MISSED_DAYS("back after three missed days: the dose check refers to the prescriber"),
    /** Dosed until ten days ago, then suspended: on no dosing list. */
    SUSPENDED("suspended ten days ago"),
    /** Dose withheld in the latest session: breath alcohol far above the threshold. */
    WITHHELD_FOR_ALCOHOL("dose withheld this session for alcohol"),
    /** Dosed a few minutes before the demo started: still in observation. */
    IN_OBSERVATION("in observation: dosed minutes before the demo started");

    private final String description;

    PatientStory(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
