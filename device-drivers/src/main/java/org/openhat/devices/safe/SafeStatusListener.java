package org.openhat.devices.safe;

/** Told about every change of {@link SafeStatus}; called on the safe link's thread. */
@FunctionalInterface
public interface SafeStatusListener {
    void onSafeStatus(SafeStatus status);
}
