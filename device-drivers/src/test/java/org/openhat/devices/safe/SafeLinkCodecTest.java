package org.openhat.devices.safe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhat.devices.testing.Hex.bytes;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.openhat.devices.testing.Hex;

/** Every worked example of safe-link-v1.md, both directions. */
class SafeLinkCodecTest {
    static final String PING = "02 02 01 10 83 FC 03";
    static final String GET_STATUS = "02 02 02 11 C6 8E 03";
    static final String STATUS = "02 09 02 90 00 00 00 00 00 00 07 B2 82 03";
    static final String UNLOCK = "02 10 03 20 01 1E 05 4E 30 30 34 32 05 4E 30 31 30 37 75 84 03";
    static final String ACK = "02 02 03 80 66 27 03";
    static final String NAK7 = "02 03 03 81 07 1E 02 03";
    static final String EVENT8 = "02 12 00 A0 00 00 00 08 69 55 B9 00 02 01 05 4E 30 30 34 32 2B 03 03";
    static final String EVENT_ACK = "02 06 04 31 00 00 00 08 71 FD 03";
    static final String EVENTS_SINCE = "02 06 05 30 00 00 00 00 1F 04 03";

    static List<Arguments> workedExamples() {
        return List.of(
                Arguments.of("PING", PING, new SafeLinkFrame(1, SafeMessageType.PING)),
                Arguments.of("GET_STATUS", GET_STATUS, new SafeLinkFrame(2, SafeMessageType.GET_STATUS)),
                Arguments.of("STATUS", STATUS, new SafeLinkFrame(2, SafeMessageType.STATUS,
                        SafePayloads.status(new SafePayloads.StatusReport(false, false, false, 7)))),
                Arguments.of("UNLOCK", UNLOCK, new SafeLinkFrame(3, SafeMessageType.UNLOCK,
                        SafePayloads.unlock(new SafePayloads.UnlockRequest(1, 30, "N0042", "N0107")))),
                Arguments.of("ACK", ACK, new SafeLinkFrame(3, SafeMessageType.ACK)),
                Arguments.of("NAK 7", NAK7, new SafeLinkFrame(3, SafeMessageType.NAK,
                        SafePayloads.nak(NakReason.TWO_PERSON_RULE))),
                Arguments.of("EVENT 8", EVENT8, new SafeLinkFrame(0, SafeMessageType.EVENT, SafePayloads.event(
                        new SafeEvent(8, Instant.parse("2026-01-01T00:00:00Z"), SafeEventCode.DOOR_OPENED, 1, "N0042")))),
                Arguments.of("EVENT_ACK", EVENT_ACK, new SafeLinkFrame(4, SafeMessageType.EVENT_ACK,
                        SafePayloads.eventNumber(8))),
                Arguments.of("EVENTS_SINCE", EVENTS_SINCE, new SafeLinkFrame(5, SafeMessageType.EVENTS_SINCE,
                        SafePayloads.eventNumber(0))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workedExamples")
    void encodesEachWorkedExampleByteForByte(String name, String hex, SafeLinkFrame frame) {
        assertThat(Hex.of(SafeLinkCodec.encode(frame))).isEqualTo(hex);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workedExamples")
    void decodesEachWorkedExample(String name, String hex, SafeLinkFrame frame) {
        assertThat(SafeLinkCodec.decodeAll(bytes(hex))).containsExactly(frame);
    }

    @Test
    void crcCheckValueOf123456789Is29B1() {
        assertThat(Crc16.ccittFalse("123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0x29B1);
    }

    @Test
    void parsesTheWorkedExamplePayloads() {
        SafeLinkFrame unlock = SafeLinkCodec.decodeAll(bytes(UNLOCK)).get(0);
        assertThat(SafePayloads.parseUnlock(unlock.payload()))
                .isEqualTo(new SafePayloads.UnlockRequest(1, 30, "N0042", "N0107"));
        SafeEvent e = SafePayloads.parseEvent(SafeLinkCodec.decodeAll(bytes(EVENT8)).get(0).payload());
        assertThat(e.number()).isEqualTo(8);
        assertThat(e.safeTime()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(e.kind()).isEqualTo(SafeEventCode.DOOR_OPENED);
        assertThat(e.operator()).isEqualTo("N0042");
        SafePayloads.StatusReport s = SafePayloads.parseStatus(SafeLinkCodec.decodeAll(bytes(STATUS)).get(0).payload());
        assertThat(s).isEqualTo(new SafePayloads.StatusReport(false, false, false, 7));
    }

    @Test
    void framesByLenEvenWhenTheCrcHoldsStxAndEtxBytes() {
        byte[] stream = concat(NAK7, EVENT8, NAK7);
        assertThat(SafeLinkCodec.decodeAll(stream)).hasSize(3);
    }

    @Test
    void ignoresBytesBetweenFrames() {
        byte[] stream = concat("FF 00 03", PING, "41 42 43", ACK, "03 03");
        assertThat(SafeLinkCodec.decodeAll(stream)).extracting(SafeLinkFrame::type)
                .containsExactly(SafeMessageType.PING, SafeMessageType.ACK);
    }

    @Test
    void resynchronisesAfterABadCrc() {
        byte[] broken = bytes(UNLOCK);
        broken[10] ^= 0x01;
        SafeLinkDecoder decoder = new SafeLinkDecoder();
        List<Integer> badCrcSeqs = new ArrayList<>();
        decoder.setCorruptFrameListener(badCrcSeqs::add);
        List<SafeLinkFrame> frames = new ArrayList<>();
        decoder.feed(concat(Hex.of(broken), ACK), frames::add);
        assertThat(frames).extracting(SafeLinkFrame::type).containsExactly(SafeMessageType.ACK);
        assertThat(badCrcSeqs).containsExactly(3);
    }

    @Test
    void resynchronisesAfterABadEtx() {
        byte[] broken = bytes(PING);
        broken[broken.length - 1] = 0x04;
        assertThat(SafeLinkCodec.decodeAll(concat(Hex.of(broken), GET_STATUS)))
                .containsExactly(new SafeLinkFrame(2, SafeMessageType.GET_STATUS));
    }

    @Test
    void resynchronisesAfterALenOutOfRange() {
        assertThat(SafeLinkCodec.decodeAll(concat("02 01", PING, "02 F3", ACK))).hasSize(2);
    }

    @Test
    void doesNotWaitForeverBehindAStrayStxWithALargeLen() {
        // 02 F0 promises a 245-byte frame; the PING after it must not wait for 245 bytes
        assertThat(SafeLinkCodec.decodeAll(concat("02 F0", PING))).containsExactly(new SafeLinkFrame(1, SafeMessageType.PING));
    }

    @Test
    void assemblesAFrameDeliveredOneByteAtATime() {
        SafeLinkDecoder decoder = new SafeLinkDecoder();
        List<SafeLinkFrame> frames = new ArrayList<>();
        for (byte b : bytes(EVENT8)) {
            decoder.feed(new byte[] {b}, frames::add);
        }
        assertThat(frames).hasSize(1);
    }

    @Test
    void encodesTheLongestPayload() {
        SafeLinkFrame big = new SafeLinkFrame(9, 0x77, new byte[SafeLinkFrame.MAX_PAYLOAD]);
        byte[] wire = SafeLinkCodec.encode(big);
        assertThat(wire[1] & 0xFF).isEqualTo(242);
        assertThat(SafeLinkCodec.decodeAll(wire)).containsExactly(big);
    }

    static byte[] concat(String... hexParts) {
        return bytes(String.join(" ", hexParts));
    }
}
