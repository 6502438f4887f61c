package org.openhat.devices.safe;

import java.util.function.Consumer;

/**
 * Stream decoder for Safe Link v1. Frames by LEN, never by searching for ETX, because CRC
 * and payload bytes may be 0x02 or 0x03. A candidate with a LEN out of range, a wrong ETX
 * or a wrong CRC costs only its STX byte: decoding resumes at the next STX, which may lie
 * inside the rejected bytes. Memory is bounded by one maximum frame. Not thread-safe.
 */
public final class SafeLinkDecoder {
    private static final int MAX_FRAME = SafeLinkCodec.MAX_LEN + 5;

    /** Told about a candidate frame whose framing was right but CRC wrong (NAK 1 material). */
    @FunctionalInterface
    public interface CorruptFrameListener {
        void onBadCrc(int claimedSeq);
    }

    private final byte[] buf = new byte[MAX_FRAME];
    private int count;
    private CorruptFrameListener corruptListener = seq -> { };

    public void setCorruptFrameListener(CorruptFrameListener listener) {
        this.corruptListener = listener;
    }

    /** Forgets a partly received frame, e.g. after the line dropped. */
    public void reset() {
        count = 0;
    }

    public void feed(byte[] data, Consumer<SafeLinkFrame> sink) {
        feed(data, 0, data.length, sink);
    }

    public void feed(byte[] data, int offset, int length, Consumer<SafeLinkFrame> sink) {
        for (int i = offset; i < offset + length; i++) {
            buf[count++] = data[i];
            drain(sink);
        }
    }

    private void drain(Consumer<SafeLinkFrame> sink) {
        while (count > 0) {
            if ((buf[0] & 0xFF) != SafeLinkCodec.STX) {
                shift(1);
                continue;
            }
            if (count < 2) {
                return;
            }
            int len = buf[1] & 0xFF;
            if (len < SafeLinkCodec.MIN_LEN || len > SafeLinkCodec.MAX_LEN) {
                shift(1);
                continue;
            }
            int total = len + 5;
            if (count < total) {
                if (!skipToLaterCompleteFrame()) {
                    return;
                }
                continue;
            }
            if (isValidAt(0, total)) {
                sink.accept(frameAt(0, len));
                shift(total);
            } else {
                if ((buf[total - 1] & 0xFF) == SafeLinkCodec.ETX) {
                    corruptListener.onBadCrc(buf[2] & 0xFF);
                }
                shift(1);
            }
        }
    }

    /**
     * While the candidate at 0 is still incomplete, a complete valid frame further on proves
     * the candidate was junk (a stray 0x02 with a large LEN); without this, such a frame
     * would wait for bytes that may never come.
     */
    private boolean skipToLaterCompleteFrame() {
        for (int start = 1; start < count; start++) {
            if ((buf[start] & 0xFF) != SafeLinkCodec.STX || start + 1 >= count) {
                continue;
            }
            int len = buf[start + 1] & 0xFF;
            int total = len + 5;
            if (len >= SafeLinkCodec.MIN_LEN && len <= SafeLinkCodec.MAX_LEN && start + total <= count
                    && isValidAt(start, total)) {
                shift(start);
                return true;
            }
        }
        return false;
    }

    private boolean isValidAt(int start, int total) {
        if ((buf[start + total - 1] & 0xFF) != SafeLinkCodec.ETX) {
            return false;
        }
        int len = total - 5;
        int crc = Crc16.ccittFalse(buf, start + 1, len + 1);
        int got = ((buf[start + total - 3] & 0xFF) << 8) | (buf[start + total - 2] & 0xFF);
        return crc == got;
    }

    private SafeLinkFrame frameAt(int start, int len) {
        byte[] payload = new byte[len - 2];
        System.arraycopy(buf, start + 4, payload, 0, payload.length);
        return new SafeLinkFrame(buf[start + 2] & 0xFF, buf[start + 3] & 0xFF, payload);
    }

    private void shift(int n) {
        System.arraycopy(buf, n, buf, 0, count - n);
        count -= n;
    }
}
