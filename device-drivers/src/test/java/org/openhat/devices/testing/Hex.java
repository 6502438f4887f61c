package org.openhat.devices.testing;

import java.util.HexFormat;

public final class Hex {
    private Hex() {
    }

    /** "02 02 01 10" → bytes. */
    public static byte[] bytes(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    public static String of(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }
}
