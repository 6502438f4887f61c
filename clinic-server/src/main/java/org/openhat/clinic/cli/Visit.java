package org.openhat.clinic.cli;

import java.time.Instant;
import org.openhat.clinic.core.dosing.Milligrams;

/** What became of one demo patient's session in the invented history. */
sealed interface Visit {
    /** Index of the demo patient. */
    int patient();

    Instant at();

    /** The prescribed dose given in full, at {@code at}, then watched for {@code observationMinutes}. */
    record Dose(int patient, Instant at, Milligrams dose, int observationMinutes) implements Visit {
    }

    /** A nurse withheld the dose, for the reason given. */
    record Withheld(int patient, Instant at, String reason) implements Visit {
    }

    /** Nobody came; marked when the session closed, as the once-a-minute job does. */
    record Missed(int patient, Instant at) implements Visit {
    }
}
