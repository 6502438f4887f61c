package org.openhat.devices.scanner;

import java.util.Optional;
import java.util.Set;

/** An AIM symbology identifier such as {@code ]d2} (devices.md §1.3). */
public record AimId(char symbology, char modifier) {
    /** The only identifiers whose data is a GS1 element string: FNC1 in first position. */
    private static final Set<String> GS1 = Set.of("]d2", "]C1", "]Q3", "]e0");
    /** EAN/UPC symbols carry a bare GTIN. */
    private static final Set<String> EAN_UPC = Set.of("]E0", "]E4");

    /** Reads the identifier at the start of {@code text}, if there is one. */
    public static Optional<AimId> parsePrefix(String text) {
        if (text.length() < 3 || text.charAt(0) != ']') {
            return Optional.empty();
        }
        char symbology = text.charAt(1);
        char modifier = text.charAt(2);
        boolean letter = (symbology >= 'A' && symbology <= 'Z') || (symbology >= 'a' && symbology <= 'z');
        boolean modifierOk = (modifier >= '0' && modifier <= '9') || (modifier >= 'A' && modifier <= 'Z');
        return letter && modifierOk ? Optional.of(new AimId(symbology, modifier)) : Optional.empty();
    }

    public boolean isGs1() {
        return GS1.contains(toString());
    }

    public boolean isEanUpc() {
        return EAN_UPC.contains(toString());
    }

    @Override
    public String toString() {
        return "]" + symbology + modifier;
    }
}
