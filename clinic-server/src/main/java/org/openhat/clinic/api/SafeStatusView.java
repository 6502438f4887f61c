package org.openhat.clinic.api;

import java.time.Instant;
import java.util.Optional;
import org.openhat.clinic.core.stations.SafeNumberingRestart;
import org.openhat.devices.safe.SafeStatus;

/**
 * What the kiosk shows about its safe. Door, lock and tamper are as of the safe's last answer.
 *
 * @param unavailableReason     why doses that need the safe cannot start now; null when they can
 * @param numberingRestartedAt  when the safe last began numbering its events again (a replaced controller); null if never
 * @param numberingRestart      what that restart was and what to do, in words; null if never
 */
public record SafeStatusView(String stationCode, boolean online, boolean doorOpen, boolean unlocked, boolean tamper,
                             long lastEventNumber, Instant lastReplyAt, int compartments, String unavailableReason,
                             Instant numberingRestartedAt, String numberingRestart) {
    public static SafeStatusView of(String stationCode, SafeStatus s, int compartments, String unavailableReason,
                                    Optional<SafeNumberingRestart> restart) {
        return new SafeStatusView(stationCode, s.online(), s.doorOpen(), s.unlocked(), s.tamper(), s.lastEventNumber(),
                s.lastReplyAt().orElse(null), compartments, unavailableReason,
                restart.map(SafeNumberingRestart::detectedAt).orElse(null),
                restart.map(SafeNumberingRestart::describe).orElse(null));
    }
}
