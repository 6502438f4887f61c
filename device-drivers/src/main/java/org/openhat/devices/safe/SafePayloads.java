package org.openhat.devices.safe;

import java.time.Instant;

/** Payload layouts of Safe Link v1, both directions. Parsers throw {@link BadPayloadException}. */
public final class SafePayloads {

    public record UnlockRequest(int compartment, int seconds, String operator, String witness) {
    }

    /** STATUS payload; {@code unlocked}, {@code doorOpen}, {@code tamper} are per safe, not per compartment. */
    public record StatusReport(boolean unlocked, boolean doorOpen, boolean tamper, long lastEventNumber) {
    }

    private SafePayloads() {
    }

    public static byte[] unlock(UnlockRequest r) {
        return new PayloadWriter().u8(r.compartment()).u8(r.seconds()).text(r.operator()).text(r.witness()).bytes();
    }

    public static UnlockRequest parseUnlock(byte[] payload) {
        PayloadReader in = new PayloadReader(payload);
        UnlockRequest r = new UnlockRequest(in.u8(), in.u8(), in.text(), in.text());
        in.end();
        return r;
    }

    public static byte[] compartment(int compartment) {
        return new PayloadWriter().u8(compartment).bytes();
    }

    public static int parseCompartment(byte[] payload) {
        PayloadReader in = new PayloadReader(payload);
        int c = in.u8();
        in.end();
        return c;
    }

    public static byte[] eventNumber(long number) {
        return new PayloadWriter().u32(number).bytes();
    }

    public static long parseEventNumber(byte[] payload) {
        PayloadReader in = new PayloadReader(payload);
        long n = in.u32();
        in.end();
        return n;
    }

    public static byte[] status(StatusReport s) {
        return new PayloadWriter().u8(s.unlocked() ? 1 : 0).u8(s.doorOpen() ? 1 : 0).u8(s.tamper() ? 1 : 0)
                .u32(s.lastEventNumber()).bytes();
    }

    public static StatusReport parseStatus(byte[] payload) {
        PayloadReader in = new PayloadReader(payload);
        StatusReport s = new StatusReport(in.u8() != 0, in.u8() != 0, in.u8() != 0, in.u32());
        in.end();
        return s;
    }

    public static byte[] event(SafeEvent e) {
        return new PayloadWriter().u32(e.number()).u32(e.safeTime().getEpochSecond()).u8(e.code())
                .u8(e.compartment()).text(e.operator()).bytes();
    }

    public static SafeEvent parseEvent(byte[] payload) {
        PayloadReader in = new PayloadReader(payload);
        SafeEvent e = new SafeEvent(in.u32(), Instant.ofEpochSecond(in.u32()), in.u8(), in.u8(), in.text());
        in.end();
        return e;
    }

    public static byte[] nak(NakReason reason) {
        return new PayloadWriter().u8(reason.code()).bytes();
    }

    public static NakReason parseNak(byte[] payload) {
        PayloadReader in = new PayloadReader(payload);
        int code = in.u8();
        in.end();
        return NakReason.of(code);
    }
}
