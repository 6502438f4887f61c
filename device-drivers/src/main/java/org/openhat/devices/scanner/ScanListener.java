package org.openhat.devices.scanner;

/** Receives every scan; called on the scanner's reading thread, so hand slow work elsewhere. */
@FunctionalInterface
public interface ScanListener {
    void onScan(ScanEvent event);
}
