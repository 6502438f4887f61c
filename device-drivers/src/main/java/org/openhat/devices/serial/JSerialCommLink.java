package org.openhat.devices.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortDataListener;
import com.fazecast.jSerialComm.SerialPortEvent;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial device opened by path through jSerialComm, kept open by a supervisor thread that
 * reconnects with back-off (devices.md §4.5, §4.6). Each attempt resolves the path anew,
 * because a symlink such as {@code /dev/serial/by-id/...} or a socat link may point at
 * another device after a replug.
 */
public final class JSerialCommLink implements SerialLink {
    private static final Logger LOG = LoggerFactory.getLogger(JSerialCommLink.class);

    private final SerialSettings settings;
    private final Clock clock;
    private final List<LinkStatusListener> listeners = new CopyOnWriteArrayList<>();
    /** Ports the event thread reported as gone; the supervisor reconnects when its port shows up here. */
    private final BlockingQueue<SerialPort> lost = new LinkedBlockingQueue<>();
    private final Object writeLock = new Object();
    private volatile ByteReceiver receiver = (bytes, at, nanos) -> { };
    private volatile LinkStatus status = LinkStatus.CONNECTING;
    private volatile SerialPort port;
    private volatile boolean closed;
    private Thread supervisor;

    public JSerialCommLink(SerialSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void setReceiver(ByteReceiver receiver) {
        this.receiver = receiver;
    }

    @Override
    public void addStatusListener(LinkStatusListener listener) {
        listeners.add(listener);
    }

    @Override
    public LinkStatus status() {
        return status;
    }

    @Override
    public String name() {
        return settings.path();
    }

    @Override
    public synchronized void start() {
        if (supervisor != null || closed) {
            return;
        }
        supervisor = new Thread(this::supervise, "serial-" + settings.path());
        supervisor.setDaemon(true);
        supervisor.start();
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        synchronized (writeLock) {
            SerialPort p = port;
            if (p == null || status != LinkStatus.CONNECTED) {
                throw new IOException(settings.path() + " is not connected");
            }
            int written = p.writeBytes(bytes, bytes.length);
            if (written != bytes.length) {
                throw new IOException(settings.path() + ": wrote " + written + " of " + bytes.length + " bytes");
            }
        }
    }

    @Override
    public void close() {
        Thread s;
        synchronized (this) {
            closed = true;
            s = supervisor;
        }
        if (s != null) {
            s.interrupt();
            try {
                s.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closePort(port);
        setStatus(LinkStatus.CLOSED);
    }

    private void supervise() {
        Backoff backoff = new Backoff(settings.reconnectMin(), settings.reconnectMax());
        while (!closed) {
            SerialPort p = tryOpen();
            if (p == null) {
                if (!sleep(backoff.nextDelayMillis())) {
                    return;
                }
                continue;
            }
            backoff.reset();
            port = p;
            LOG.info("Serial link {} connected ({})", settings.path(), p.getSystemPortPath());
            setStatus(LinkStatus.CONNECTED);
            awaitLoss(p);
            port = null;
            closePort(p);
            if (!closed) {
                LOG.warn("Serial link {} lost; reconnecting", settings.path());
                setStatus(LinkStatus.DISCONNECTED);
                sleep(backoff.nextDelayMillis());
            }
        }
    }

    private SerialPort tryOpen() {
        SerialPort p;
        try {
            p = SerialPort.getCommPort(settings.path());
        } catch (SerialPortInvalidPortException e) {
            LOG.debug("Serial path {} does not exist (yet)", settings.path());
            return null;
        }
        p.setComPortParameters(settings.baudRate(), settings.dataBits(), settings.stopBits(), settings.parity());
        p.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        p.setComPortTimeouts(SerialPort.TIMEOUT_NONBLOCKING, 0, 0);
        if (!p.openPort()) {
            LOG.debug("Cannot open {} (error {})", settings.path(), p.getLastErrorCode());
            return null;
        }
        p.flushIOBuffers(); // bytes from before we were listening belong to nobody
        if (!p.addDataListener(new PortListener(p))) {
            closePort(p);
            return null;
        }
        return p;
    }

    private void awaitLoss(SerialPort p) {
        try {
            while (!closed) {
                SerialPort gone = lost.poll(200, TimeUnit.MILLISECONDS);
                if (gone == p) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closePort(SerialPort p) {
        if (p != null) {
            p.removeDataListener();
            p.closePort();
        }
    }

    private void setStatus(LinkStatus next) {
        if (status == next) {
            return;
        }
        status = next;
        for (LinkStatusListener l : listeners) {
            try {
                l.onLinkStatus(settings.path(), next);
            } catch (RuntimeException e) {
                LOG.warn("Link status listener failed", e);
            }
        }
    }

    /** Runs on jSerialComm's event thread: read, hand over, never block. */
    private final class PortListener implements SerialPortDataListener {
        private final SerialPort p;

        PortListener(SerialPort p) {
            this.p = p;
        }

        @Override
        public int getListeningEvents() {
            return SerialPort.LISTENING_EVENT_DATA_AVAILABLE | SerialPort.LISTENING_EVENT_PORT_DISCONNECTED;
        }

        @Override
        public void serialEvent(SerialPortEvent event) {
            if ((event.getEventType() & SerialPort.LISTENING_EVENT_PORT_DISCONNECTED) != 0) {
                // jSerialComm 2.11.x re-fires this event in a tight loop until the port is
                // closed; closing here is the verified way to stop it (devices.md §4.5).
                p.closePort();
                lost.offer(p);
                return;
            }
            int available = p.bytesAvailable();
            if (available < 0) {
                lost.offer(p);
                return;
            }
            if (available > 0) {
                read(available);
            }
        }

        private void read(int available) {
            byte[] buf = new byte[available];
            int n = p.readBytes(buf, available);
            long nanos = System.nanoTime();
            Instant at = clock.instant();
            if (n < 0) {
                lost.offer(p);
                return;
            }
            if (n == 0) {
                return;
            }
            try {
                receiver.onBytes(n == available ? buf : Arrays.copyOf(buf, n), at, nanos);
            } catch (RuntimeException e) {
                LOG.warn("Receiver on {} failed; reading continues", settings.path(), e);
            }
        }
    }
}
