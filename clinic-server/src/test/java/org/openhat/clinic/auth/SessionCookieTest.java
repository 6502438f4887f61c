package org.openhat.clinic.auth;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Cookie;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which of a browser's two session cookies a request speaks for. */
class SessionCookieTest {
    private static final Map<String, Cookie> BOTH = Map.of(
            SessionCookie.OFFICE, new Cookie.Builder(SessionCookie.OFFICE).value("office").build(),
            SessionCookie.KIOSK, new Cookie.Builder(SessionCookie.KIOSK).value("kiosk").build());
    private static final Map<String, Cookie> KIOSK_ONLY = Map.of(
            SessionCookie.KIOSK, new Cookie.Builder(SessionCookie.KIOSK).value("kiosk").build());
    private static final Map<String, Cookie> OFFICE_ONLY = Map.of(
            SessionCookie.OFFICE, new Cookie.Builder(SessionCookie.OFFICE).value("office").build());

    @Test
    void aKioskPageSpeaksForTheKioskSessionOnlyNeverTheOfficeOne() {
        assertThat(SessionCookie.tokenFrom(BOTH, "kiosk", false)).isEqualTo("kiosk");
        assertThat(SessionCookie.tokenFrom(OFFICE_ONLY, "kiosk", false)).isNull();
    }

    @Test
    void anyOtherPageSpeaksForTheOfficeSessionOnly() {
        assertThat(SessionCookie.tokenFrom(BOTH, null, false)).isEqualTo("office");
        assertThat(SessionCookie.tokenFrom(BOTH, "office", false)).isEqualTo("office");
        assertThat(SessionCookie.tokenFrom(KIOSK_ONLY, null, false)).isNull();
    }

    @Test
    void anEndpointOnlyAKioskUsesTakesTheKioskCookieFirst() {
        assertThat(SessionCookie.tokenFrom(BOTH, null, true)).isEqualTo("kiosk");
        assertThat(SessionCookie.tokenFrom(OFFICE_ONLY, null, true)).isEqualTo("office");
        assertThat(SessionCookie.tokenFrom(Map.of(), null, true)).isNull();
    }
}
