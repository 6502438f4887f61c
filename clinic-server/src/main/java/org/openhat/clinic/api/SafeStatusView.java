package org.openhat.clinic.api;

import java.time.Instant;
import org.openhat.devices.safe.SafeStatus;

/**
 * What the kiosk shows about its safe. Door, lock and tamper are as of the safe's last answer.
 *
 * @param unavailableReason why doses that need the safe cannot start now; null when they can
 */
public record SafeStatusView(String stationCode, boolean online, boolean doorOpen, boolean unlocked, boolean tamper,
                             long lastEventNumber, Instant lastReplyAt, int compartments, String unavailableReason) {
    public static SafeStatusView of(String stationCode, SafeStatus s, int compartments, String unavailableReason) {
        return new SafeStatusView(stationCode, s.online(), s.doorOpen(), s.unlocked(), s.tamper(), s.lastEventNumber(),
                s.lastReplyAt().orElse(null), compartments, unavailableReason);
    }
}
