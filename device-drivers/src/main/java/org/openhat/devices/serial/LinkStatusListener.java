package org.openhat.devices.serial;

@FunctionalInterface
public interface LinkStatusListener {
    void onLinkStatus(String linkName, LinkStatus status);
}
