package org.openhat.devices.safe;

/** Host command SEQ: 1..255, wrapping 255 to 1; 0 is reserved for the safe's events. */
final class SequenceNumbers {
    private int last;

    int next() {
        last = last == 255 ? 1 : last + 1;
        return last;
    }
}
