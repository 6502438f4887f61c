package org.openhat.clinic.core.register.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openhat.clinic.core.ValidationException;

/**
 * The public key a verifier accepts checkpoints from: the clinic's key itself, or its pinned
 * SHA-256 fingerprint. A checkpoint carries the key that signed it, so a signature that checks
 * proves only that someone signed it; it is the clinic's only if that key is this one. Without a
 * trusted key no checkpoint can be accepted, and the verifier says so rather than passing it.
 */
public final class TrustedKey {
    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----");
    private static final Pattern KEY_FILE_LINE = Pattern.compile("(?m)^public=([A-Za-z0-9+/=]+)\\s*$");

    private final String fingerprint;

    private TrustedKey(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    /** No key given: every checkpoint is refused, because none can be checked. */
    public static TrustedKey none() {
        return new TrustedKey(null);
    }

    public static TrustedKey publicKey(String publicKeyBase64) {
        String fingerprint = SigningKey.fingerprintOf(publicKeyBase64);
        if (fingerprint == null) {
            throw new ValidationException("publicKey", "is not a base64 public key");
        }
        return new TrustedKey(fingerprint);
    }

    /** A pinned fingerprint: 64 hex digits, as {@code register public-key} prints it (a "sha256:" prefix is allowed). */
    public static TrustedKey fingerprint(String hex) {
        String digits = hex == null ? "" : hex.strip().toLowerCase(Locale.ROOT).replaceFirst("^sha256:", "")
                .replace(":", "");
        if (!HEX_64.matcher(digits).matches()) {
            throw new ValidationException("fingerprint", "is not a SHA-256 fingerprint (64 hex digits)");
        }
        return new TrustedKey(digits);
    }

    /**
     * The clinic's public key from a file: the PEM block {@code register public-key} writes, or a
     * key file's {@code public=} line. Never needs, and never reads, a private key.
     */
    public static TrustedKey fromFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the public key file " + file, e);
        }
        Matcher pem = PEM.matcher(text);
        if (pem.find()) {
            return publicKey(pem.group(1).replaceAll("\\s", ""));
        }
        Matcher line = KEY_FILE_LINE.matcher(text);
        if (line.find()) {
            return publicKey(line.group(1));
        }
        throw new ValidationException("publicKey", file + " holds no public key (expected a PEM PUBLIC KEY block)");
    }

    public boolean given() {
        return fingerprint != null;
    }

    /** Why a checkpoint signed by this key cannot be accepted, or null if it can. */
    public String refusal(String signerPublicKeyBase64) {
        if (fingerprint == null) {
            return "its signature cannot be checked: no public key of the clinic was given"
                    + " (--public-key FILE or --fingerprint HEX)";
        }
        String signer = SigningKey.fingerprintOf(signerPublicKeyBase64);
        if (!fingerprint.equals(signer)) {
            return "it is signed by key " + (signer == null ? "(unreadable)" : "sha256:" + signer)
                    + ", not the clinic's key sha256:" + fingerprint;
        }
        return null;
    }

    public String describe() {
        return fingerprint == null ? "no public key" : "sha256:" + fingerprint;
    }

    /** A public key as a PEM block: base64 of its X.509 encoding, 64 characters a line. */
    static String pem(String publicKeyBase64) {
        StringBuilder pem = new StringBuilder("-----BEGIN PUBLIC KEY-----\n");
        for (int i = 0; i < publicKeyBase64.length(); i += 64) {
            pem.append(publicKeyBase64, i, Math.min(publicKeyBase64.length(), i + 64)).append('\n');
        }
        return pem.append("-----END PUBLIC KEY-----\n").toString();
    }
}
