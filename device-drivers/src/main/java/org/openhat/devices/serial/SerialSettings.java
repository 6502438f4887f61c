package org.openhat.devices.serial;

import java.time.Duration;
import java.util.Objects;

/**
 * How to open one serial device. The path is configuration, never found by enumeration
 * (devices.md §4.7); prefer {@code /dev/serial/by-id/...} names.
 *
 * @param parity   {@code com.fazecast.jSerialComm.SerialPort} parity constant (0 = none)
 * @param stopBits jSerialComm stop-bit constant (1 = one stop bit)
 */
public record SerialSettings(String path, int baudRate, int dataBits, int parity, int stopBits,
                             Duration reconnectMin, Duration reconnectMax) {

    public SerialSettings {
        Objects.requireNonNull(path, "path");
        if (baudRate <= 0 || dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("bad baud rate or data bits");
        }
        if (reconnectMin.isNegative() || reconnectMin.isZero() || reconnectMax.compareTo(reconnectMin) < 0) {
            throw new IllegalArgumentException("reconnect back-off must be positive and min <= max");
        }
    }

    /** 8N1 at the given baud, reconnecting after 0.5 s, doubling up to 10 s (devices.md §4.6). */
    public static SerialSettings of(String path, int baudRate) {
        return new SerialSettings(path, baudRate, 8, 0, 1, Duration.ofMillis(500), Duration.ofSeconds(10));
    }

    public SerialSettings withReconnect(Duration min, Duration max) {
        return new SerialSettings(path, baudRate, dataBits, parity, stopBits, min, max);
    }
}
