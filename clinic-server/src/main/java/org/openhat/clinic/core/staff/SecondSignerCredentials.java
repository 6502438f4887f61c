package org.openhat.clinic.core.staff;

/**
 * What a second person gives to sign a controlled-drug entry themselves: badge and PIN, or
 * username and password (exactly one pair). Never logged: {@link #toString} shows neither secret.
 */
public record SecondSignerCredentials(String badgeCode, String pin, String username, String password) {

    public boolean byBadge() {
        return badgeCode != null;
    }

    /** Exactly one complete pair. */
    public boolean complete() {
        boolean badge = present(badgeCode) && present(pin) && username == null && password == null;
        boolean account = present(username) && present(password) && badgeCode == null && pin == null;
        return badge || account;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "SecondSignerCredentials[" + (byBadge() ? "badge" : "username") + "]";
    }
}
