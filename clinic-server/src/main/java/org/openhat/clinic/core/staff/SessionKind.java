package org.openhat.clinic.core.staff;

/** Kiosk sessions (badge + PIN at a dispensing station) time out sooner than office ones. */
public enum SessionKind {
    KIOSK,
    OFFICE
}
