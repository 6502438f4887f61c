package org.openhat.devices.safe;

/**
 * The safe's event numbers began again, as when its controller is replaced: events it numbers from
 * now on are not the ones stored under the same numbers before.
 *
 * @param cause            how the host noticed
 * @param lastStoredNumber highest number stored in the numbering that ended
 * @param safeNumber       the number the safe gave that showed it (its last event, or the event that differed)
 */
public record NumberingRestart(Cause cause, long lastStoredNumber, long safeNumber) {

    public enum Cause {
        /** STATUS reported a last event number below the highest one stored. */
        STATUS_BEHIND,
        /** The safe sent an event whose number is stored for a different event. */
        EVENT_DIFFERS
    }

    /** For logs and health checks: no patient data, only numbers. */
    public String describe() {
        return switch (cause) {
            case STATUS_BEHIND -> "the safe reports last event " + safeNumber + " but events up to " + lastStoredNumber
                    + " are stored";
            case EVENT_DIFFERS -> "the safe sent an event " + safeNumber + " that differs from the stored event "
                    + safeNumber;
        };
    }
}
