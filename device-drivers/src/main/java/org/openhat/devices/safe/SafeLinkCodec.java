package org.openhat.devices.safe;

import java.util.ArrayList;
import java.util.List;

/**
 * Safe Link v1 framing (safe-link-v1.md): {@code STX LEN SEQ TYPE PAYLOAD CRC_HI CRC_LO ETX},
 * CRC-16/CCITT-FALSE over LEN..PAYLOAD. Encoding is stateless; decoding a byte stream
 * needs a {@link SafeLinkDecoder} per link.
 */
public final class SafeLinkCodec {
    public static final int STX = 0x02;
    public static final int ETX = 0x03;
    public static final int MIN_LEN = 2;
    public static final int MAX_LEN = 242;

    private SafeLinkCodec() {
    }

    public static byte[] encode(SafeLinkFrame frame) {
        byte[] payload = frame.payload();
        int len = 2 + payload.length;
        byte[] out = new byte[len + 5];
        out[0] = STX;
        out[1] = (byte) len;
        out[2] = (byte) frame.seq();
        out[3] = (byte) frame.type();
        System.arraycopy(payload, 0, out, 4, payload.length);
        int crc = Crc16.ccittFalse(out, 1, len + 1);
        out[len + 2] = (byte) (crc >>> 8);
        out[len + 3] = (byte) crc;
        out[len + 4] = ETX;
        return out;
    }

    public static byte[] encode(int seq, int type, byte[] payload) {
        return encode(new SafeLinkFrame(seq, type, payload));
    }

    /** Decodes every complete frame in {@code bytes}, skipping junk; for tests and tools. */
    public static List<SafeLinkFrame> decodeAll(byte[] bytes) {
        List<SafeLinkFrame> frames = new ArrayList<>();
        new SafeLinkDecoder().feed(bytes, frames::add);
        return frames;
    }
}
