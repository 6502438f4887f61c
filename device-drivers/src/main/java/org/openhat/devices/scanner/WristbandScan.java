package org.openhat.devices.scanner;

import java.time.Instant;
import java.util.Optional;
import org.openhat.devices.ids.NhsNumber;

/**
 * A patient identified by a wristband (GS1 GSRN, AI 8018) or the clinic's own patient card.
 * {@link #toString()} masks the NHS number (see {@link NhsNumber#toString()}).
 *
 * @param serviceRelationInstance AI (8019) when the band carries one (an episode number)
 */
public record WristbandScan(NhsNumber nhsNumber, Source source, Optional<String> serviceRelationInstance,
                            Optional<AimId> symbology, Instant receivedAt, long receivedNanos)
        implements ScanEvent {

    public enum Source {
        /** GS1 DataMatrix wristband, DCB1077 style. */
        GSRN_WRISTBAND,
        /** The clinic's own patient card (docs/devices.md). */
        CLINIC_CARD
    }
}
