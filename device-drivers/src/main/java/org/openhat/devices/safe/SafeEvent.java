package org.openhat.devices.safe;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the safe's own log, exactly as the safe sent it; it is evidence, so nothing
 * is normalised.
 *
 * @param number      the safe's event number, strictly increasing, unique per safe
 * @param safeTime    the safe's clock (whole seconds, UTC)
 * @param code        the raw event code; see {@link #kind()}
 * @param compartment compartment number, 0 where none
 * @param operator    operator of the unlock that led to the event, empty where none
 */
public record SafeEvent(long number, Instant safeTime, int code, int compartment, String operator) {

    public SafeEvent {
        if (number < 0 || number > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("event number is an unsigned 32-bit value");
        }
        Objects.requireNonNull(safeTime, "safeTime");
        Objects.requireNonNull(operator, "operator");
    }

    public SafeEvent(long number, Instant safeTime, SafeEventCode code, int compartment, String operator) {
        this(number, safeTime, code.code(), compartment, operator);
    }

    public SafeEventCode kind() {
        return SafeEventCode.of(code);
    }
}
