package org.openhat.clinic.core.register.safe;

import java.time.Instant;
import org.openhat.devices.safe.SafeEventCode;

/** A safe door opening, from DOOR_OPENED (or FORCED_OPEN) to the next DOOR_CLOSED, with the unlock request behind it. */
public record DoorOpening(String stationCode, int compartment, long safeEventNumber, SafeEventCode code,
                          Instant openedAt, Instant closedAt, String operator, String requestRef) {
}
