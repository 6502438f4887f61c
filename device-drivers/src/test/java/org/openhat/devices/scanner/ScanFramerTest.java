package org.openhat.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanFramerTest {
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void joinsAScanSplitAcrossChunksAndStampsItWithTheSuffixChunk() {
        ScanFramer f = new ScanFramer(ScannerSettings.of(LineSuffix.CR));
        assertThat(f.feed(b("]d2010950"), T0, 100)).isEmpty();
        List<RawScan> out = f.feed(b("6000134352\r"), T0.plusMillis(5), 5_000_100);
        assertThat(out).singleElement().satisfies(s -> {
            assertThat(text(s)).isEqualTo("]d20109506000134352");
            assertThat(s.receivedAt()).isEqualTo(T0.plusMillis(5));
            assertThat(s.receivedNanos()).isEqualTo(5_000_100);
        });
    }

    @Test
    void splitsTwoScansArrivingInOneChunk() {
        ScanFramer f = new ScanFramer(ScannerSettings.of(LineSuffix.CRLF));
        assertThat(f.feed(b("m1\r\nm2\r\n"), T0, 1)).extracting(ScanFramerTest::text).containsExactly("m1", "m2");
    }

    @Test
    void keepsGsInsideTheDataWhenTheSuffixIsCr() {
        ScanFramer f = new ScanFramer(ScannerSettings.of(LineSuffix.CR));
        assertThat(f.feed(b("]d210A\u001D21B\r"), T0, 1)).extracting(ScanFramerTest::text)
                .containsExactly("]d210A\u001D21B");
    }

    @Test
    void acceptsCrLfOrCrlfWhenConfiguredForAnyLineEnd() {
        ScanFramer f = new ScanFramer(ScannerSettings.of(LineSuffix.ANY_LINE_END));
        assertThat(f.feed(b("a\rb\nc\r\n\r\n"), T0, 1)).extracting(ScanFramerTest::text).containsExactly("a", "b", "c");
    }

    @Test
    void endsScansAtCrlfAndLfWhenConfiguredForTheDefaultCr() {
        ScanFramer f = new ScanFramer(ScannerSettings.of(LineSuffix.CR));
        assertThat(f.feed(b("]C0OHS:N0042\r\n]C0OHS:N0107\n]C0OHS:N0150\r"), T0, 1))
                .extracting(ScanFramerTest::text).containsExactly("]C0OHS:N0042", "]C0OHS:N0107", "]C0OHS:N0150");
    }

    @Test
    void dropsTheLfOfACrlfSplitAcrossReadsInsteadOfStartingTheNextScanWithIt() {
        ScanFramer f = new ScanFramer(ScannerSettings.of(LineSuffix.CR));
        assertThat(f.feed(b("]C0OHS:N0042\r"), T0, 1)).extracting(ScanFramerTest::text).containsExactly("]C0OHS:N0042");
        assertThat(f.feed(b("\n]C0OHS:N0107\r"), T0, 2)).extracting(ScanFramerTest::text)
                .containsExactly("]C0OHS:N0107");
        assertThat(f.feed(b("\n"), T0, 3)).isEmpty();
    }

    @Test
    void endsScansAtCrWhenConfiguredForCrlf() {
        ScanFramer f = new ScanFramer(ScannerSettings.of(LineSuffix.CRLF));
        assertThat(f.feed(b("m1\rm2\r"), T0, 1)).extracting(ScanFramerTest::text).containsExactly("m1", "m2");
    }

    @Test
    void splitsOnGsWhenThatIsTheConfiguredSuffix() {
        ScanFramer f = new ScanFramer(ScannerSettings.of(LineSuffix.GS));
        assertThat(f.feed(b("]C0OHS:N0042\u001D"), T0, 1)).extracting(ScanFramerTest::text).containsExactly("]C0OHS:N0042");
    }

    @Test
    void boundsAnOverlongLineAndCarriesOnAfterIt() {
        ScanFramer f = new ScanFramer(new ScannerSettings(LineSuffix.CRLF, 16, Duration.ofMillis(100), Duration.ofSeconds(2)));
        List<RawScan> out = f.feed(b("x".repeat(10_000) + "\r\nok\r\n"), T0, 1);
        assertThat(out).hasSize(2);
        assertThat(out.get(0).overlong()).isTrue();
        assertThat(out.get(0).length()).isEqualTo(10_000);
        assertThat(out.get(0).bytes()).isEmpty();
        assertThat(text(out.get(1))).isEqualTo("ok");
    }

    @Test
    void acceptsALineOfExactlyTheMaximumLength() {
        ScanFramer f = new ScanFramer(new ScannerSettings(LineSuffix.CRLF, 16, Duration.ofMillis(100), Duration.ofSeconds(2)));
        RawScan s = f.feed(b("y".repeat(16) + "\r\n"), T0, 1).get(0);
        assertThat(s.overlong()).isFalse();
        assertThat(text(s)).hasSize(16);
    }

    @Test
    void dropsAStaleFragmentInsteadOfGluingItToTheNextScan() {
        ScanFramer f = new ScanFramer(ScannerSettings.of(LineSuffix.CR));
        f.feed(b("noise"), T0, 0);
        List<RawScan> out = f.feed(b("]C0OHS:N0042\r"), T0.plusSeconds(3), Duration.ofSeconds(3).toNanos());
        assertThat(out).extracting(ScanFramerTest::text).containsExactly("]C0OHS:N0042");
    }

    @Test
    void endsAScanOnSilenceWhenThereIsNoSuffix() {
        ScanFramer f = new ScanFramer(ScannerSettings.of(LineSuffix.NONE));
        f.feed(b("]C0OHS:N0042"), T0, 0);
        assertThat(f.flushIfIdle(Duration.ofMillis(50).toNanos())).isEmpty();
        assertThat(f.flushIfIdle(Duration.ofMillis(150).toNanos())).map(ScanFramerTest::text).contains("]C0OHS:N0042");
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String text(RawScan s) {
        return new String(s.bytes(), StandardCharsets.ISO_8859_1);
    }
}
