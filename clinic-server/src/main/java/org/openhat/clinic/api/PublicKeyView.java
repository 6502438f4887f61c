package org.openhat.clinic.api;

/** The clinic's register checkpoint key, public half only: base64 of its X.509 form, SHA-256 fingerprint, PEM. */
public record PublicKeyView(String publicKey, String fingerprint, String pem) {
}
