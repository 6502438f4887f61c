package org.openhat.clinic.core.stations;

import java.util.Optional;

/** What about a station's safe needs someone's attention beyond its live status. */
public interface SafeAlerts {

    /** The last time the safe's event numbering restarted, if it ever did. */
    Optional<SafeNumberingRestart> lastNumberingRestart();
}
