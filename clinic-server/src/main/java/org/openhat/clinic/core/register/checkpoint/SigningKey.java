package org.openhat.clinic.core.register.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The clinic's Ed25519 key for signing register checkpoints, kept in a file readable only by the
 * server's user and made on first start. The public key travels in every export, so a checkpoint
 * can be checked with nothing but a JDK.
 */
public final class SigningKey {
    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    public static SigningKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return load(file);
            }
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, "signing", ".tmp");
            restrictToOwner(temporary);
            Files.write(temporary, List.of(
                    "# OpenHAT register checkpoint key (Ed25519). Keep it secret; back it up.",
                    "public=" + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                    "private=" + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded())),
                    StandardCharsets.UTF_8);
            Files.move(temporary, file);
            return new SigningKey(pair.getPrivate(), pair.getPublic());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the register signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this Java runtime", e);
        }
    }

    /** The key in {@code file} if there is one; never makes a key (for commands that only read). */
    public static Optional<SigningKey> ifPresent(Path file) {
        return Files.exists(file) ? Optional.of(loadOrCreate(file)) : Optional.empty();
    }

    private static SigningKey load(Path file) throws IOException, GeneralSecurityException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
        PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(
                Base64.getDecoder().decode(properties.getProperty("public"))));
        PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(
                Base64.getDecoder().decode(properties.getProperty("private"))));
        return new SigningKey(privateKey, publicKey);
    }

    private static void restrictToOwner(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the folder's ACL; the installer restricts the data folder.
        }
    }

    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** The public key alone, as a PEM block an inspector can keep (and read with openssl pkey -pubin). */
    public String publicKeyPem() {
        return TrustedKey.pem(publicKeyBase64());
    }

    /** SHA-256 of the public key's encoded form, in hex: short enough to read out and pin. */
    public String fingerprint() {
        return fingerprintOf(publicKeyBase64());
    }

    /** The fingerprint of a public key given as base64 of its X.509 encoding; null if it is not base64. */
    public static String fingerprintOf(String publicKeyBase64) {
        try {
            byte[] encoded = Base64.getDecoder().decode(publicKeyBase64);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded));
        } catch (IllegalArgumentException | NullPointerException notAKey) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }

    public String sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(message);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing a checkpoint failed", e);
        }
    }

    /** Checks a signature with only the public key; false for any malformed key or signature. */
    public static boolean verify(String publicKeyBase64, byte[] message, String signatureBase64) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(message);
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
