package org.openhat.devices.safe;

import java.nio.charset.StandardCharsets;

/** Reads payloads; any shortfall or excess is a {@link BadPayloadException}. */
final class PayloadReader {
    private final byte[] data;
    private int pos;

    PayloadReader(byte[] data) {
        this.data = data;
    }

    int u8() {
        need(1);
        return data[pos++] & 0xFF;
    }

    long u32() {
        need(4);
        long v = 0;
        for (int i = 0; i < 4; i++) {
            v = (v << 8) | (data[pos++] & 0xFF);
        }
        return v;
    }

    String text() {
        int len = u8();
        if (len > PayloadWriter.MAX_TEXT) {
            throw new BadPayloadException("text field longer than " + PayloadWriter.MAX_TEXT);
        }
        need(len);
        for (int i = pos; i < pos + len; i++) {
            if (data[i] < 0) {
                throw new BadPayloadException("text field is not ASCII");
            }
        }
        String s = new String(data, pos, len, StandardCharsets.US_ASCII);
        pos += len;
        return s;
    }

    void end() {
        if (pos != data.length) {
            throw new BadPayloadException("payload has " + (data.length - pos) + " extra bytes");
        }
    }

    private void need(int n) {
        if (pos + n > data.length) {
            throw new BadPayloadException("payload too short");
        }
    }
}
