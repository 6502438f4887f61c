package org.openhat.clinic.core.dosing;

/** Pupil size seen at the pre-dose check; pinpoint pupils are a sign of opioid overdose (§2.3). */
public enum Pupils {
    NORMAL,
    PINPOINT,
    DILATED
}
