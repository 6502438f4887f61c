package org.openhat.devices.scanner;

import org.openhat.devices.serial.LinkStatus;
import org.openhat.devices.serial.LinkStatusListener;

/** Port for one kiosk barcode scanner. */
public interface BarcodeScanner extends AutoCloseable {

    void addScanListener(ScanListener listener);

    /** CONNECTED / DISCONNECTED changes, for the kiosk's device indicator and health check. */
    void addStatusListener(LinkStatusListener listener);

    LinkStatus linkStatus();

    /** Starts reading; returns at once, the link connects in the background. */
    void start();

    @Override
    void close();
}
