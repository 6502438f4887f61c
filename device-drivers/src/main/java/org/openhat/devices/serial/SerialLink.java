package org.openhat.devices.serial;

import java.io.IOException;

/**
 * A byte pipe to one device: a real serial port ({@link JSerialCommLink}) or one end of an
 * {@link InMemoryPipe}. The link reconnects by itself; users watch {@link LinkStatus}.
 */
public interface SerialLink extends AutoCloseable {

    /** Where received bytes go. Set before {@link #start()}; called on the link's own thread. */
    void setReceiver(ByteReceiver receiver);

    void addStatusListener(LinkStatusListener listener);

    LinkStatus status();

    /** Starts connecting in the background; returns at once. */
    void start();

    /** Sends all bytes or throws; throws at once when the link is not connected. */
    void write(byte[] bytes) throws IOException;

    /** A name for logs (the configured path, never data). */
    String name();

    @Override
    void close();
}
