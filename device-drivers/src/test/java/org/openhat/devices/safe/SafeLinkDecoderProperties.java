package org.openhat.devices.safe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Fuzzing the Safe Link stream decoder: no exception escapes and it always finds the next good frame. */
class SafeLinkDecoderProperties {

    @Property(tries = 1000)
    void randomBytesNeverThrow(@ForAll @Size(max = 2000) byte[] junk, @ForAll @IntRange(min = 1, max = 64) int chunk) {
        SafeLinkDecoder d = new SafeLinkDecoder();
        for (int i = 0; i < junk.length; i += chunk) {
            d.feed(junk, i, Math.min(chunk, junk.length - i), f -> { });
        }
    }

    @Property(tries = 1000)
    void aValidFrameAfterJunkIsStillDecoded(@ForAll @Size(max = 600) byte[] junk, @ForAll("frames") SafeLinkFrame frame) {
        List<SafeLinkFrame> out = decode(concat(junk, SafeLinkCodec.encode(frame)));
        assertThat(out).isNotEmpty();
        assertThat(out.get(out.size() - 1)).isEqualTo(frame);
    }

    @Property(tries = 1000)
    void aMutatedFrameDoesNotHideTheFrameAfterIt(@ForAll("frames") SafeLinkFrame first,
                                                  @ForAll @IntRange(min = 0, max = 300) int position,
                                                  @ForAll byte replacement,
                                                  @ForAll("frames") SafeLinkFrame second) {
        byte[] broken = SafeLinkCodec.encode(first);
        broken[position % broken.length] = replacement;
        List<SafeLinkFrame> out = decode(concat(broken, SafeLinkCodec.encode(second)));
        assertThat(out).isNotEmpty();
        assertThat(out.get(out.size() - 1)).isEqualTo(second);
    }

    @Property(tries = 300)
    void everyFrameOfACleanStreamIsDecodedInOrder(@ForAll @Size(max = 20) List<@net.jqwik.api.From("frames") SafeLinkFrame> frames) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        frames.forEach(f -> stream.writeBytes(SafeLinkCodec.encode(f)));
        assertThat(decode(stream.toByteArray())).containsExactlyElementsOf(frames);
    }

    @Provide
    Arbitrary<SafeLinkFrame> frames() {
        return Combinators.combine(Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 255),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(SafeLinkFrame.MAX_PAYLOAD))
                .as(SafeLinkFrame::new);
    }

    private static List<SafeLinkFrame> decode(byte[] bytes) {
        return SafeLinkCodec.decodeAll(bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
