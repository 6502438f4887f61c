package org.openhat.clinic.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared secret every admin task needs. Only its SHA-256 digest is kept, and a presented
 * secret is hashed and compared in constant time, so neither its length nor its leading characters
 * can be learnt from how long a refusal takes.
 */
public final class AdminTaskSecret {
    private static final Logger LOG = LoggerFactory.getLogger(AdminTaskSecret.class);
    static final int MIN_LENGTH = 16;

    private final byte[] digest;

    private AdminTaskSecret(String secret) {
        if (secret.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the admin task secret must be at least " + MIN_LENGTH + " characters");
        }
        this.digest = sha256(secret);
    }

    public static AdminTaskSecret of(String secret) {
        return new AdminTaskSecret(secret.strip());
    }

    /** Reads the secret from {@code file}, making a random one there (readable by its owner only) on first start. */
    public static AdminTaskSecret loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            warnIfOthersCanRead(file);
            String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (secret.length() < MIN_LENGTH) {
                throw new IllegalStateException("The admin task secret in " + file + " is not at least " + MIN_LENGTH
                        + " characters long; delete the file and a new one is made at the next start");
            }
            return of(secret);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the admin task secret file " + file, e);
        }
    }

    public boolean matches(String presented) {
        return MessageDigest.isEqual(digest, sha256(presented == null ? "" : presented));
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "admin-task-secret", ".tmp");
        try {
            restrictToOwner(temporary);
            Files.writeString(temporary, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n",
                    StandardCharsets.UTF_8);
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException anotherStartWon) {
            // Another process made it first; theirs is the secret.
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restrictToOwner(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the folder's ACL; the installer restricts the data folder.
        }
    }

    private static void warnIfOthersCanRead(Path file) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                LOG.warn("The admin task secret file {} can be read by other users; chmod 600 it", file);
            }
        } catch (UnsupportedOperationException notPosix) {
            // nothing to check
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
