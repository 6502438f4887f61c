package org.openhat.clinic.core.stations;

import org.openhat.devices.safe.SafeController;

/**
 * The safe wired to one kiosk station.
 *
 * @param compartments  how many compartments it has, numbered from 1
 * @param unlockSeconds how long an unlock releases a compartment (1..60)
 * @param alerts        what about the safe needs attention (a restarted event numbering)
 */
public record StationSafe(String stationCode, SafeController controller, int compartments, int unlockSeconds,
                          SafeAlerts alerts) {
}
