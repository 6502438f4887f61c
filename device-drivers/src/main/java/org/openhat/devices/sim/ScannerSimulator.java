package org.openhat.devices.sim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.openhat.devices.scanner.LineSuffix;
import org.openhat.devices.serial.SerialLink;

/**
 * A barcode scanner in serial mode: writes {@code [AIM ID] data suffix} to a link, the
 * bytes a real scanner sends for one decoded symbol.
 */
public final class ScannerSimulator implements AutoCloseable {
    private final SerialLink link;
    private final LineSuffix suffix;

    public ScannerSimulator(SerialLink link, LineSuffix suffix) {
        this.link = link;
        this.suffix = suffix;
    }

    public void start() {
        link.start();
    }

    /** Sends one scan, e.g. {@code scan("]d2", "0109506000134352172612311" + GS + "0ABC")}. */
    public void scan(String aimId, String data) throws IOException {
        link.write(wireBytes(aimId + data));
    }

    /** Sends text exactly as given (it may or may not start with an AIM ID), then the suffix. */
    public void scanRaw(String text) throws IOException {
        link.write(wireBytes(text));
    }

    /** Sends one scan cut into pieces of {@code chunkSize} bytes, as slow serial lines deliver it. */
    public void scanInChunks(String text, int chunkSize) throws IOException {
        byte[] all = wireBytes(text);
        for (int i = 0; i < all.length; i += chunkSize) {
            byte[] part = new byte[Math.min(chunkSize, all.length - i)];
            System.arraycopy(all, i, part, 0, part.length);
            link.write(part);
        }
    }

    private byte[] wireBytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(suffix.wireBytes());
        return out.toByteArray();
    }

    @Override
    public void close() {
        link.close();
    }
}
