package org.openhat.devices.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.openhat.devices.safe.NakReason;
import org.openhat.devices.safe.SafeEventCode;
import org.openhat.devices.safe.SafePayloads.UnlockRequest;

/**
 * The physical safe: per-compartment lock and door, unlock timers, tamper lock-out.
 * Reports what happens through {@link EventSink}; knows nothing of frames. Not thread-safe.
 */
final class SafeDoorModel {

    @FunctionalInterface
    interface EventSink {
        void emit(SafeEventCode code, int compartment, String operator);
    }

    private enum State { LOCKED, UNLOCKED, OPEN }

    private static final class Compartment {
        State state = State.LOCKED;
        Instant unlockedUntil;
        Instant openedAt;
        String operator = "";
        boolean forced;
        boolean heldOpenReported;
    }

    private final Compartment[] compartments;
    private final Clock clock;
    private final Duration heldOpenLimit;
    private final EventSink sink;
    private boolean tamper;

    SafeDoorModel(int count, Clock clock, Duration heldOpenLimit, EventSink sink, boolean tamper) {
        this.compartments = new Compartment[count];
        Arrays.setAll(compartments, i -> new Compartment());
        this.clock = clock;
        this.heldOpenLimit = heldOpenLimit;
        this.sink = sink;
        this.tamper = tamper;
    }

    /** Checks in the order: payload range (3), tamper (6), two-person rule (7), state (4, 5). */
    Optional<NakReason> unlock(UnlockRequest r) {
        if (!exists(r.compartment()) || r.seconds() < 1 || r.seconds() > 60) {
            return Optional.of(NakReason.BAD_PAYLOAD);
        }
        if (tamper) {
            return Optional.of(NakReason.TAMPER_LOCKOUT);
        }
        String operator = r.operator().strip();
        String witness = r.witness().strip();
        if (operator.isEmpty() || witness.isEmpty() || operator.equalsIgnoreCase(witness)) {
            return Optional.of(NakReason.TWO_PERSON_RULE);
        }
        Compartment c = compartments[r.compartment() - 1];
        if (c.state == State.UNLOCKED) {
            return Optional.of(NakReason.BUSY);
        }
        if (c.state == State.OPEN) {
            return Optional.of(NakReason.DOOR_ALREADY_OPEN);
        }
        c.state = State.UNLOCKED;
        c.unlockedUntil = clock.instant().plusSeconds(r.seconds());
        c.operator = r.operator();
        sink.emit(SafeEventCode.UNLOCKED, r.compartment(), c.operator);
        return Optional.empty();
    }

    Optional<NakReason> lock(int number) {
        if (!exists(number)) {
            return Optional.of(NakReason.BAD_PAYLOAD);
        }
        Compartment c = compartments[number - 1];
        if (c.state == State.OPEN) {
            return Optional.of(NakReason.DOOR_ALREADY_OPEN);
        }
        if (c.state == State.UNLOCKED) {
            relock(number, c, SafeEventCode.LOCKED);
        }
        return Optional.empty();
    }

    /** A person opens the door: normal if released, FORCED_OPEN and tamper lock-out if not. */
    void openDoor(int number) {
        Compartment c = compartment(number);
        if (c.state == State.OPEN) {
            return;
        }
        c.openedAt = clock.instant();
        c.heldOpenReported = false;
        if (c.state == State.UNLOCKED) {
            c.state = State.OPEN;
            sink.emit(SafeEventCode.DOOR_OPENED, number, c.operator);
            return;
        }
        c.state = State.OPEN;
        c.forced = true;
        c.operator = "";
        tamper = true;
        sink.emit(SafeEventCode.FORCED_OPEN, number, "");
    }

    void closeDoor(int number) {
        Compartment c = compartment(number);
        if (c.state != State.OPEN) {
            return;
        }
        sink.emit(SafeEventCode.DOOR_CLOSED, number, c.operator);
        if (c.forced) {
            c.state = State.LOCKED; // the bolt never moved; nothing to relock
            c.forced = false;
        } else {
            relock(number, c, SafeEventCode.LOCKED);
        }
    }

    void tamper() {
        tamper = true;
        sink.emit(SafeEventCode.TAMPER, 0, "");
    }

    void clearTamper() {
        tamper = false;
    }

    /** Runs the timers: unlock expiry and held-open. */
    void tick() {
        Instant now = clock.instant();
        for (int i = 0; i < compartments.length; i++) {
            Compartment c = compartments[i];
            if (c.state == State.UNLOCKED && !now.isBefore(c.unlockedUntil)) {
                relock(i + 1, c, SafeEventCode.UNLOCK_EXPIRED);
            } else if (c.state == State.OPEN && !c.heldOpenReported
                    && now.isAfter(c.openedAt.plus(heldOpenLimit))) {
                c.heldOpenReported = true;
                sink.emit(SafeEventCode.HELD_OPEN, i + 1, c.operator);
            }
        }
    }

    /** Whether the compartment is unlocked and its door still shut: opening it now is not forcing it. */
    boolean released(int number) {
        return compartment(number).state == State.UNLOCKED;
    }

    boolean tampered() {
        return tamper;
    }

    boolean anyReleased() {
        return Arrays.stream(compartments).anyMatch(c -> c.state == State.UNLOCKED || (c.state == State.OPEN && !c.forced));
    }

    boolean anyDoorOpen() {
        return Arrays.stream(compartments).anyMatch(c -> c.state == State.OPEN);
    }

    private void relock(int number, Compartment c, SafeEventCode code) {
        String operator = c.operator;
        c.state = State.LOCKED;
        c.operator = "";
        sink.emit(code, number, operator);
    }

    private boolean exists(int number) {
        return number >= 1 && number <= compartments.length;
    }

    private Compartment compartment(int number) {
        if (!exists(number)) {
            throw new IllegalArgumentException("no compartment " + number);
        }
        return compartments[number - 1];
    }
}
