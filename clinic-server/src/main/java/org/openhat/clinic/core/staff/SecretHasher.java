package org.openhat.clinic.core.staff;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Hashes passwords and PINs with argon2id (OWASP's settings: 19 MiB, 2 passes, 1 lane) through
 * password4j. A PIN is short, so what protects it is the badge lock after a few wrong tries; the
 * hash only keeps it out of a stolen database.
 */
public class SecretHasher {
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 19);

    /** Checked against when a username is unknown, so a wrong name costs the same time as a wrong password. */
    private final String decoy = hash("not-a-real-secret");

    public String hash(String secret) {
        return Password.hash(secret).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public boolean matches(String secret, String hash) {
        if (secret == null || hash == null) {
            return false;
        }
        return Password.check(secret, hash).with(ARGON2ID);
    }

    /** Spends the time a real check would, and always says no. */
    public boolean spendDecoyCheck(String secret) {
        matches(secret == null ? "" : secret, decoy);
        return false;
    }
}
