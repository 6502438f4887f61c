package org.openhat.clinic.core.audit;

/** Every kind of write the audit trail records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    BADGE_LOCKED,
    BADGE_UNLOCKED,
    PASSWORD_LOCKED,
    PASSWORD_UNLOCKED,
    STAFF_CREATED,
    STAFF_DISABLED,
    STAFF_ENABLED,
    PATIENT_CREATED,
    PATIENT_UPDATED,
    PATIENT_STATUS_CHANGED,
    PATIENT_PHOTO_SET,
    PRESCRIBER_CREATED,
    PRODUCT_CREATED,
    STATION_CREATED
}
