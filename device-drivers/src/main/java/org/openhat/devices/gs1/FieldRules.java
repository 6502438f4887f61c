package org.openhat.devices.gs1;

import java.util.OptionalInt;
import org.openhat.devices.ids.Digits;

/** Length, character-set and content checks for one GS1 field (devices.md §2.1 step 4). */
final class FieldRules {
    /** GS1 character set 82: printable ASCII without space # $ @ [ \ ] ^ ` { | } ~. */
    private static final String NOT_IN_SET_82 = " #$@[\\]^`{|}~";

    private FieldRules() {
    }

    static void check(String ai, String value) {
        OptionalInt fixed = ApplicationIdentifiers.predefinedDataLength(ai);
        if (fixed.isPresent()) {
            if (value.length() != fixed.getAsInt() || !Digits.only(value)) {
                throw new Gs1FormatException("field (" + ai + ") must be " + fixed.getAsInt() + " digits");
            }
            FieldContent.check(ai, value);
            return;
        }
        ApplicationIdentifiers.Field rules = ApplicationIdentifiers.variableField(ai);
        if (value.length() < rules.min() || value.length() > rules.max()) {
            throw new Gs1FormatException("field (" + ai + ") length " + value.length()
                    + " is outside " + rules.min() + ".." + rules.max());
        }
        if (rules.numeric() && !Digits.only(value)) {
            throw new Gs1FormatException("field (" + ai + ") must be digits");
        }
        if (!rules.numeric() && !inSet82(value)) {
            throw new Gs1FormatException("field (" + ai + ") has characters outside the GS1 set");
        }
        FieldContent.check(ai, value);
    }

    private static boolean inSet82(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7A || NOT_IN_SET_82.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
