package org.openhat.clinic.core.stations;

import java.time.Instant;

/**
 * One request to unlock a safe compartment, with both people of the two-person rule.
 *
 * @param requestRef    the reference the safe's following events are stored with
 * @param operatorText  what was sent to the safe as operator (the staff badge code)
 * @param witnessText   what was sent to the safe as witness
 */
public record SafeRequest(long id, String requestRef, String stationCode, SafePurpose purpose, int compartment,
                          String reference, long staffId, long witnessStaffId, String operatorText,
                          String witnessText, Instant requestedAt, SafeRequestResult result, String resultDetail,
                          Instant answeredAt) {
}
