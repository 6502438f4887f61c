package org.openhat.devices.ids;

/** Whether text is one or more ASCII digits: identifiers and GS1 numeric fields. */
public final class Digits {
    private Digits() {
    }

    public static boolean only(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
