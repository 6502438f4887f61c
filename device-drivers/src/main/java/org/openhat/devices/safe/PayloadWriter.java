package org.openhat.devices.safe;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds payloads: big-endian unsigned integers and length-prefixed ASCII text. */
final class PayloadWriter {
    static final int MAX_TEXT = 32;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    PayloadWriter u8(int v) {
        if (v < 0 || v > 255) {
            throw new IllegalArgumentException("value does not fit in one byte");
        }
        out.write(v);
        return this;
    }

    PayloadWriter u32(long v) {
        if (v < 0 || v > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("value does not fit in 32 bits");
        }
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (v >>> shift) & 0xFF);
        }
        return this;
    }

    PayloadWriter text(String s) {
        if (s.length() > MAX_TEXT || !s.chars().allMatch(c -> c < 0x80)) {
            throw new IllegalArgumentException("text fields are ASCII, at most " + MAX_TEXT + " characters");
        }
        out.write(s.length());
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}
