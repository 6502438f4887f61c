package org.openhat.devices.serial;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.UnaryOperator;

/**
 * Two connected in-process {@link SerialLink} ends, for running a simulator inside the
 * server or a test. Each end delivers on its own thread, as a serial port would. Tests can
 * cut the line ({@link #disconnect()}) and alter or drop bytes in flight with a filter.
 */
public final class InMemoryPipe {
    private final End host;
    private final End device;
    private volatile boolean connected = true;

    private InMemoryPipe(String name, Clock clock) {
        this.host = new End(name + "-host", clock);
        this.device = new End(name + "-device", clock);
        host.peer = device;
        device.peer = host;
    }

    public static InMemoryPipe create(String name, Clock clock) {
        return new InMemoryPipe(name, clock);
    }

    public static InMemoryPipe create(String name) {
        return create(name, Clock.systemUTC());
    }

    /** The end the driver (scanner reader, safe controller) uses. */
    public SerialLink hostEnd() {
        return host;
    }

    /** The end the simulator uses. */
    public SerialLink deviceEnd() {
        return device;
    }

    /** Cuts the line, like pulling the cable: both ends report DISCONNECTED. */
    public void disconnect() {
        connected = false;
        host.announce();
        device.announce();
    }

    public void reconnect() {
        connected = true;
        host.announce();
        device.announce();
    }

    /** Bytes the host writes pass through {@code filter}; null or empty drops them. */
    public void setHostToDeviceFilter(UnaryOperator<byte[]> filter) {
        host.filter = filter;
    }

    /** Bytes the device writes pass through {@code filter}; null or empty drops them. */
    public void setDeviceToHostFilter(UnaryOperator<byte[]> filter) {
        device.filter = filter;
    }

    private final class End implements SerialLink {
        private final String name;
        private final Clock clock;
        private final ExecutorService delivery;
        private final List<LinkStatusListener> listeners = new CopyOnWriteArrayList<>();
        private volatile ByteReceiver receiver = (bytes, at, nanos) -> { };
        private volatile UnaryOperator<byte[]> filter = UnaryOperator.identity();
        private volatile boolean started;
        private volatile boolean closed;
        private End peer;

        End(String name, Clock clock) {
            this.name = name;
            this.clock = clock;
            this.delivery = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "pipe-" + name);
                t.setDaemon(true);
                return t;
            });
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
            if (closed) {
                return LinkStatus.CLOSED;
            }
            if (!started) {
                return LinkStatus.CONNECTING;
            }
            return connected ? LinkStatus.CONNECTED : LinkStatus.DISCONNECTED;
        }

        @Override
        public void start() {
            started = true;
            announce();
        }

        @Override
        public void write(byte[] bytes) throws IOException {
            if (status() != LinkStatus.CONNECTED) {
                throw new IOException(name + " is not connected");
            }
            byte[] out = filter.apply(bytes.clone());
            if (out != null && out.length > 0) {
                peer.deliver(out);
            }
        }

        private void deliver(byte[] bytes) {
            if (closed || !started) {
                return; // nobody has the port open: like a pty with no reader, the bytes are lost
            }
            run(() -> {
                if (connected && !closed) {
                    receiver.onBytes(bytes, clock.instant(), System.nanoTime());
                }
            });
        }

        private void run(Runnable task) {
            try {
                delivery.execute(task);
            } catch (RejectedExecutionException e) {
                // this end was closed meanwhile; nothing left to deliver to
            }
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void close() {
            closed = true;
            announce();
            delivery.shutdown();
        }

        void announce() {
            LinkStatus s = status();
            run(() -> listeners.forEach(l -> l.onLinkStatus(name, s)));
        }
    }
}
