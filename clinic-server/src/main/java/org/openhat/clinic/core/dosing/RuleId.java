package org.openhat.clinic.core.dosing;

/**
 * Stable identifiers of every finding the engine can report. The server and the audit trail store
 * these names, so never rename one; add a new one instead. docs/dose-safety-rules.md lists them.
 */
public enum RuleId {
    // fail closed
    ENGINE_FAULT,
    SNAPSHOT_INCONSISTENT,
    // §7.1 prescription and authority
    PRESCRIPTION_ACTIVE,
    PRESCRIBER_MEDICAL,
    PRESCRIBER_LICENCE,
    PATIENT_ACTIVE,
    PRODUCT_MATCHES,
    ROUTE_ALLOWED,
    PRESCRIBED_SESSION_DOSE,
    // §7.2 frequency and timing
    SESSION_WINDOW,
    SESSION_ALREADY_DOSED,
    TOP_UP_NOT_ALLOWED,
    INTERVAL_MIN_SESSIONS,
    INTERVAL_MIN_TOPUPS,
    DOSES_PER_DAY,
    // §7.3 titration and ceilings
    INDUCTION_FIRST_DOSE,
    INDUCTION_DAY1_DOSE,
    MAX_SINGLE_DOSE_INCREASE,
    NEXT_DAY_SINGLE_DOSE_CAP,
    SINGLE_DOSE_CEILING,
    DAILY_DOSE_CEILING,
    DAILY_DOSE_ADVISORY,
    ORAL_METHADONE_CEILING,
    COMBINED_OPIOID_LOAD,
    // §7.4 missed doses
    MISSED_DAYS_HALVE,
    MISSED_DAYS_PRESCRIBER_REVIEW,
    MISSED_DAYS_REINDUCTION,
    // §7.5 pre-dose checks
    PRE_DOSE_ASSESSMENT,
    ALCOHOL_HALVE,
    ALCOHOL_WITHHOLD,
    SEDATION_SCORE,
    RESPIRATORY_RATE,
    OXYGEN_SATURATION,
    PINPOINT_PUPILS_DROWSY,
    CO_USE,
    NURSE_CONCERNS
}
