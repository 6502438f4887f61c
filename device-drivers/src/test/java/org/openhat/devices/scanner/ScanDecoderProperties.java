package org.openhat.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Fuzzing the scan path: framer + decoder never fail, every refusal says why, and junk never stops later scans. */
class ScanDecoderProperties {
    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");

    @Property(tries = 500)
    void anyBytesDecodeToSomeEventWithoutThrowing(@ForAll @Size(max = 300) byte[] junk) {
        decodedOrRefusedWithAReason(ScanFixtures.DECODER.decode(new RawScan(junk, junk.length, false, T, 0)));
    }

    @Property(tries = 500)
    void mutatedValidScansNeverThrow(@ForAll("mutatedScans") String text) {
        decodedOrRefusedWithAReason(ScanFixtures.decode(text));
    }

    @Property(tries = 300)
    void aValidScanAfterJunkIsStillDecoded(@ForAll @Size(max = 3000) byte[] junk) {
        ScanFramer framer = new ScanFramer(new ScannerSettings(LineSuffix.CR, 256,
                java.time.Duration.ofMillis(100), java.time.Duration.ofSeconds(2)));
        List<RawScan> scans = new ArrayList<>(framer.feed(junk, T, 0));
        // the junk's last line may still be open; a CR closes it, as the next scan's suffix would
        scans.addAll(framer.feed(new byte[] {'\r'}, T, 1));
        scans.addAll(framer.feed((ScanFixtures.PACK + "\r").getBytes(StandardCharsets.ISO_8859_1), T, 2));
        scans.forEach(s -> decodedOrRefusedWithAReason(ScanFixtures.DECODER.decode(s)));
        assertThat(ScanFixtures.DECODER.decode(scans.get(scans.size() - 1))).isInstanceOf(ProductScan.class);
    }

    @Property(tries = 300)
    void aWristbandIsRefusedWholeWhenAnyOtherElementOfItsSymbolIsCorrupt(@ForAll("corruptElements") String element) {
        ScanEvent e = ScanFixtures.decode(ScanFixtures.WRISTBAND + ScanFixtures.GS + element);
        assertThat(e).isInstanceOf(ScanRejected.class);
        decodedOrRefusedWithAReason(e);
    }

    /** An element that fails GS1's rules: a wrong check digit, a day or month that does not exist. */
    @Provide
    Arbitrary<String> corruptElements() {
        Arbitrary<String> badGtin = Arbitraries.integers().between(1, 9)
                .map(d -> "0109506000134352".substring(0, 15) + (char) ('0' + (2 + d) % 10));
        Arbitrary<String> badDay = Arbitraries.of("11", "13", "15", "16", "17").flatMap(ai -> Arbitraries.integers()
                .between(32, 99).map(day -> ai + "2601" + day));
        Arbitrary<String> badMonth = Arbitraries.of("11", "13", "15", "16", "17").flatMap(ai -> Arbitraries.integers()
                .between(13, 99).map(month -> ai + "26" + month + "01"));
        return Arbitraries.oneOf(badGtin, badDay, badMonth);
    }

    /** The decoder did not fall over: it read the scan, or refused it saying why. */
    private static void decodedOrRefusedWithAReason(ScanEvent e) {
        assertThat(e).isNotNull();
        if (e instanceof ScanRejected rejected) {
            assertThat(rejected.reason()).isNotEqualTo(ScanDecoder.UNREADABLE);
        }
    }

    @Provide
    Arbitrary<String> mutatedScans() {
        Arbitrary<String> base = Arbitraries.of(ScanFixtures.PACK, ScanFixtures.WRISTBAND, ScanFixtures.CLINIC_CARD,
                ScanFixtures.BADGE, "(01)09506000134352(17)261231(10)ABC");
        return base.flatMap(s -> Arbitraries.integers().between(0, s.length() - 1).tuple3()
                .flatMap(t -> Arbitraries.chars().range((char) 0, (char) 255)
                        .map(c -> mutate(s, t.get1(), t.get2(), t.get3(), c))));
    }

    private static String mutate(String s, int kind, int at, int len, char c) {
        return switch (kind % 4) {
            case 0 -> s.substring(0, at) + c + s.substring(at + 1);            // replace one char
            case 1 -> s.substring(0, at) + s.substring(Math.min(s.length(), at + len)); // cut a piece out
            case 2 -> s.substring(0, at) + c + s.substring(at);                 // insert one char
            default -> s.substring(0, at);                                      // truncate
        };
    }
}
