package org.openhat.clinic.core.patients;

/** A photo for identifying the patient at the kiosk. */
public record PatientPhoto(String mediaType, byte[] content) {
}
