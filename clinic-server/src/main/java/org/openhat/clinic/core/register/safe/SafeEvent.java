package org.openhat.clinic.core.register.safe;

import java.time.Instant;
import org.openhat.devices.safe.SafeEventCode;

/**
 * One event from a safe's own log, as it came. {@code safeTime} is the safe's clock; {@code
 * requestRef} is the reference of the unlock request that led to it, where there was one.
 */
public record SafeEvent(long id, String stationCode, long safeEventNumber, Instant safeTime, Instant receivedAt,
                        SafeEventCode code, int compartment, String operator, String requestRef) {
}
