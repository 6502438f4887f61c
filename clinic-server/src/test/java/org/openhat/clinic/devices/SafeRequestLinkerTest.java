package org.openhat.clinic.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openhat.clinic.core.stations.SafeRequestLinker;
import org.openhat.devices.safe.SafeEvent;
import org.openhat.devices.safe.SafeEventCode;

/** Which unlock request each safe event follows from. */
class SafeRequestLinkerTest {
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private final SafeRequestLinker linker = new SafeRequestLinker(Duration.ofMinutes(30));

    @Test
    void linksTheEventsOfAnUnlockToItsRequestUntilTheCompartmentRelocks() {
        linker.open("ref-1", 1, "N0042", T0);

        assertThat(linkAndStore(1, SafeEventCode.UNLOCKED, 1, "N0042", 1)).isEqualTo("ref-1");
        assertThat(linkAndStore(2, SafeEventCode.DOOR_OPENED, 1, "N0042", 5)).isEqualTo("ref-1");
        assertThat(linkAndStore(3, SafeEventCode.DOOR_CLOSED, 1, "N0042", 30)).isEqualTo("ref-1");
        assertThat(linkAndStore(4, SafeEventCode.LOCKED, 1, "N0042", 31)).isEqualTo("ref-1");
        assertThat(linkAndStore(5, SafeEventCode.DOOR_OPENED, 1, "N0042", 40)).isNull();
        assertThat(linker.openRefs()).isEmpty();
    }

    @Test
    void anExpiredUnlockClosesItsRequest() {
        linker.open("ref-1", 2, "N0042", T0);

        assertThat(linkAndStore(1, SafeEventCode.UNLOCKED, 2, "N0042", 1)).isEqualTo("ref-1");
        assertThat(linkAndStore(2, SafeEventCode.UNLOCK_EXPIRED, 2, "N0042", 31)).isEqualTo("ref-1");
        assertThat(linker.openRefs()).isEmpty();
    }

    @Test
    void doesNotLinkAnotherCompartmentAnotherOperatorOrAForcedDoor() {
        linker.open("ref-1", 1, "N0042", T0);

        assertThat(linkAndStore(1, SafeEventCode.DOOR_OPENED, 2, "N0042", 5)).isNull();
        assertThat(linkAndStore(2, SafeEventCode.UNLOCKED, 1, "N0999", 5)).isNull();
        assertThat(linkAndStore(3, SafeEventCode.FORCED_OPEN, 1, "", 5)).isNull();
        assertThat(linkAndStore(4, SafeEventCode.TAMPER, 0, "", 5)).isNull();
        assertThat(linker.openRefs()).containsExactly("ref-1");
    }

    @Test
    void doesNotLinkEventsBeforeTheRequestOrAfterItsWindow() {
        linker.open("ref-1", 1, "N0042", T0);

        assertThat(linkAndStore(1, SafeEventCode.DOOR_CLOSED, 1, "N0042", -5)).isNull();
        assertThat(linkAndStore(2, SafeEventCode.DOOR_CLOSED, 1, "N0042", 31 * 60)).isNull();
        assertThat(linker.openRefs()).isEmpty();
    }

    @Test
    void aRefusedRequestLinksNothing() {
        linker.open("ref-1", 1, "N0042", T0);
        linker.cancel("ref-1");

        assertThat(linkAndStore(1, SafeEventCode.UNLOCKED, 1, "N0042", 1)).isNull();
    }

    @Test
    void aNewUnlockOfTheCompartmentSupersedesOneThatNeverClosed() {
        linker.open("ref-1", 1, "N0042", T0);
        linker.open("ref-2", 1, "N0042", T0.plusSeconds(60));

        assertThat(linkAndStore(1, SafeEventCode.UNLOCKED, 1, "N0042", 61)).isEqualTo("ref-2");
    }

    @Test
    void aResentClosingEventThatWasAlreadyStoredDoesNotCloseTheRequest() {
        linker.open("ref-1", 1, "N0042", T0);
        SafeEvent resentLocked = event(9, SafeEventCode.LOCKED, 1, "N0042");

        assertThat(linker.linkFor(resentLocked, T0.plusSeconds(2))).contains("ref-1");
        // the store found number 9 already stored, so it does not report it as stored
        assertThat(linker.openRefs()).containsExactly("ref-1");
    }

    private String linkAndStore(long number, SafeEventCode code, int compartment, String operator, int secondsAfter) {
        SafeEvent event = event(number, code, compartment, operator);
        String ref = linker.linkFor(event, T0.plusSeconds(secondsAfter)).orElse(null);
        linker.stored(event, ref);
        return ref;
    }

    private static SafeEvent event(long number, SafeEventCode code, int compartment, String operator) {
        return new SafeEvent(number, T0, code, compartment, operator);
    }
}
