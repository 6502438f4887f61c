package org.openhat.clinic.core.dosing;

/** When a breath-alcohol reading is needed before a dose (§7.5 {@code breath_alcohol_test}). */
public enum BreathAlcoholTest {
    /** Every dose needs a reading; the default. */
    EVERY_SESSION,
    /** Only when the nurse suspects drinking; a missing reading is then accepted. */
    WHEN_SUSPECTED
}
