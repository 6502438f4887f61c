package org.openhat.clinic.core.dispensing;

import java.time.Instant;
import org.openhat.clinic.core.dosing.Milligrams;

/**
 * One patient on a session's dosing list.
 *
 * @param state                 DUE, CHECKED, IN_OBSERVATION, GIVEN, REDUCED, DISCHARGED, WITHHELD or MISSED
 * @param mayLeaveAt            end of observation, while the patient is still with us
 * @param consecutiveMissedDays whole clinic days before this one with no dose (§7.4)
 * @param note                  the reason given for a reduced dose or a withheld or missed one
 * @param lastCheckVerdict      while CHECKED, the verdict of this session's latest dose check (ALLOW ...
 *                              REFER_TO_PRESCRIBER), so the list never shows a refusal as a plain "checked"
 */
public record DosingListEntry(
        long patientId,
        String name,
        Milligrams prescribed,
        String state,
        Long administrationId,
        Milligrams given,
        Instant mayLeaveAt,
        int consecutiveMissedDays,
        String note,
        String lastCheckVerdict) {
}
