package org.openhat.devices.safe;

import java.util.Arrays;
import java.util.HexFormat;

/** One Safe Link v1 frame without its framing bytes: SEQ, TYPE and PAYLOAD. */
public record SafeLinkFrame(int seq, int type, byte[] payload) {
    /** LEN counts SEQ, TYPE and the payload, and is at most 242. */
    public static final int MAX_PAYLOAD = 240;

    public SafeLinkFrame {
        if (seq < 0 || seq > 255 || type < 0 || type > 255) {
            throw new IllegalArgumentException("SEQ and TYPE are single bytes");
        }
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("payload longer than " + MAX_PAYLOAD + " bytes");
        }
        payload = payload.clone();
    }

    public SafeLinkFrame(int seq, int type) {
        this(seq, type, new byte[0]);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SafeLinkFrame f && f.seq == seq && f.type == type && Arrays.equals(f.payload, payload);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * seq + type) + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        // payload length only: an UNLOCK carries staff numbers
        return "SafeLinkFrame[seq=" + seq + ", type=0x" + HexFormat.of().toHexDigits((byte) type)
                + ", payload=" + payload.length + " bytes]";
    }
}
