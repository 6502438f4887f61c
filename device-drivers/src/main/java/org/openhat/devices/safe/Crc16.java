package org.openhat.devices.safe;

/** CRC-16/CCITT-FALSE: polynomial 0x1021, init 0xFFFF, not reflected, no final XOR. */
public final class Crc16 {
    private Crc16() {
    }

    public static int ccittFalse(byte[] data, int offset, int length) {
        int crc = 0xFFFF;
        for (int i = offset; i < offset + length; i++) {
            crc ^= (data[i] & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
        }
        return crc & 0xFFFF;
    }

    public static int ccittFalse(byte[] data) {
        return ccittFalse(data, 0, data.length);
    }
}
