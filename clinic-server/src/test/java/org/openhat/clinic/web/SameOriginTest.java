package org.openhat.clinic.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** What counts as the clinic's own origin: scheme, host and port exactly, as the browser addressed it. */
class SameOriginTest {
    private static final URI CLINIC = URI.create("http://localhost:8080/api/");

    @Test
    void acceptsTheClinicsOwnOrigin() {
        assertThat(SameOriginWriteFilter.isOwnOrigin("http://localhost:8080", CLINIC)).isTrue();
        assertThat(SameOriginWriteFilter.isOwnOrigin("http://LOCALHOST:8080", CLINIC)).isTrue();
        assertThat(SameOriginWriteFilter.isOwnOrigin("https://clinic.example", URI.create("https://clinic.example:443/api/"))).isTrue();
    }

    @Test
    void refusesAnotherPortSchemeOrHost() {
        assertThat(SameOriginWriteFilter.isOwnOrigin("http://localhost:8081", CLINIC)).isFalse();
        assertThat(SameOriginWriteFilter.isOwnOrigin("http://localhost", CLINIC)).isFalse();
        assertThat(SameOriginWriteFilter.isOwnOrigin("https://localhost:8080", CLINIC)).isFalse();
        assertThat(SameOriginWriteFilter.isOwnOrigin("http://127.0.0.1:8080", CLINIC)).isFalse();
        assertThat(SameOriginWriteFilter.isOwnOrigin("http://localhost.evil.example:8080", CLINIC)).isFalse();
    }

    @Test
    void refusesTheOpaqueOriginAndNonsense() {
        assertThat(SameOriginWriteFilter.isOwnOrigin("null", CLINIC)).isFalse();
        assertThat(SameOriginWriteFilter.isOwnOrigin("", CLINIC)).isFalse();
        assertThat(SameOriginWriteFilter.isOwnOrigin("http://local host:8080", CLINIC)).isFalse();
        assertThat(SameOriginWriteFilter.isOwnOrigin("file:///etc/passwd", CLINIC)).isFalse();
    }
}
