package org.openhat.devices.scanner;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openhat.devices.serial.LinkStatus;
import org.openhat.devices.serial.LinkStatusListener;
import org.openhat.devices.serial.SerialLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A scanner in USB CDC / RS-232 mode on a {@link SerialLink}: frame, decode, tell listeners. */
public final class SerialBarcodeScanner implements BarcodeScanner {
    private static final Logger LOG = LoggerFactory.getLogger(SerialBarcodeScanner.class);

    private final SerialLink link;
    private final ScannerSettings settings;
    private final ScanDecoder decoder;
    private final ScanFramer framer;
    private final List<ScanListener> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService idleTimer;

    public SerialBarcodeScanner(SerialLink link, ScannerSettings settings, ScanDecoder decoder) {
        this.link = link;
        this.settings = settings;
        this.decoder = decoder;
        this.framer = new ScanFramer(settings);
    }

    @Override
    public void addScanListener(ScanListener listener) {
        listeners.add(listener);
    }

    @Override
    public void addStatusListener(LinkStatusListener listener) {
        link.addStatusListener(listener);
    }

    @Override
    public LinkStatus linkStatus() {
        return link.status();
    }

    @Override
    public synchronized void start() {
        link.setReceiver(this::onBytes);
        link.addStatusListener((name, status) -> LOG.info("Scanner {} is {}", name, status));
        link.start();
        if (settings.suffix() == LineSuffix.NONE && idleTimer == null) {
            idleTimer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "scanner-idle-" + link.name());
                t.setDaemon(true);
                return t;
            });
            long period = Math.max(10, settings.endOfScanGap().toMillis() / 2);
            idleTimer.scheduleAtFixedRate(this::flushIdle, period, period, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void close() {
        if (idleTimer != null) {
            idleTimer.shutdownNow();
        }
        link.close();
    }

    private void onBytes(byte[] bytes, Instant at, long nanos) {
        List<RawScan> scans;
        synchronized (framer) {
            scans = framer.feed(bytes, at, nanos);
        }
        scans.forEach(this::publish);
    }

    private void flushIdle() {
        Optional<RawScan> scan;
        synchronized (framer) {
            scan = framer.flushIfIdle(System.nanoTime());
        }
        scan.ifPresent(this::publish); // outside the lock, as in onBytes: a slow listener must not hold up reading
    }

    private void publish(RawScan raw) {
        ScanEvent event = decoder.decode(raw);
        if (LOG.isDebugEnabled()) {
            // type and length only: scan content may identify a patient
            LOG.debug("Scan on {}: {} ({} bytes)", link.name(), event.getClass().getSimpleName(), raw.length());
        }
        for (ScanListener l : listeners) {
            try {
                l.onScan(event);
            } catch (RuntimeException e) {
                LOG.warn("Scan listener failed; scanning continues", e);
            }
        }
    }
}
