package org.openhat.clinic.core.register.safe;

import java.time.Instant;
import org.openhat.devices.safe.SafeEventCode;

/**
 * One event from a safe's own log, as it came. {@code safeTime} is the safe's clock; {@code
 * requestRef} is the reference of the unlock request that led to it, where there was one. Event
 * numbers are in order within one {@code numbering}; a safe whose controller was replaced starts a new one.
 */
public record SafeEvent(long id, String stationCode, int numbering, long safeEventNumber, Instant safeTime,
                        Instant receivedAt, SafeEventCode code, int compartment, String operator, String requestRef) {
}
