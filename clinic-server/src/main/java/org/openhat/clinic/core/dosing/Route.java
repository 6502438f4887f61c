package org.openhat.clinic.core.dosing;

/** Routes of injection in the English IOT procedures (§1.6, §7.6). */
public enum Route {
    IV,
    IM,
    SC
}
