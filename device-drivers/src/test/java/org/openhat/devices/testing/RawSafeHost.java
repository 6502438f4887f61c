package org.openhat.devices.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openhat.devices.safe.SafeLinkCodec;
import org.openhat.devices.safe.SafeLinkDecoder;
import org.openhat.devices.safe.SafeLinkFrame;
import org.openhat.devices.serial.SerialLink;

/** A bare host for protocol tests: sends frames exactly as told and records every frame received. */
public final class RawSafeHost {
    private final SerialLink link;
    private final SafeLinkDecoder decoder = new SafeLinkDecoder();
    private final List<SafeLinkFrame> received = new CopyOnWriteArrayList<>();

    public RawSafeHost(SerialLink link) {
        this.link = link;
        link.setReceiver((bytes, at, nanos) -> {
            synchronized (decoder) {
                decoder.feed(bytes, received::add);
            }
        });
    }

    public void send(int seq, int type, byte[] payload) throws IOException {
        link.write(SafeLinkCodec.encode(seq, type, payload));
    }

    public void sendRaw(byte[] bytes) throws IOException {
        link.write(bytes);
    }

    public List<SafeLinkFrame> received() {
        return received;
    }

    /** Waits for a frame of this type with this SEQ and returns it. */
    public SafeLinkFrame await(int seq, int type) {
        Await.until("frame type 0x" + Integer.toHexString(type) + " seq " + seq, Duration.ofSeconds(5),
                () -> received.stream().anyMatch(f -> f.seq() == seq && f.type() == type));
        return received.stream().filter(f -> f.seq() == seq && f.type() == type).findFirst().orElseThrow();
    }

    public long count(int seq, int type) {
        return received.stream().filter(f -> f.seq() == seq && f.type() == type).count();
    }

    public void clear() {
        received.clear();
    }
}
