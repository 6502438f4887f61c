package org.openhat.devices.safe;

/** Told about each safe event once it is stored; called on the safe link's thread. */
@FunctionalInterface
public interface SafeEventListener {
    void onSafeEvent(SafeEvent event);
}
