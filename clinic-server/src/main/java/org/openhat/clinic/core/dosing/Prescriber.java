package org.openhat.clinic.core.dosing;

/**
 * The prescriber of a prescription version.
 *
 * @param medical true for a doctor; non-medical prescribers cannot prescribe diamorphine for addiction
 * @param licence the Home Office addiction licence, or null when the prescriber holds none
 */
public record Prescriber(String id, String name, boolean medical, HomeOfficeLicence licence) {
}
