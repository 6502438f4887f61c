package org.openhat.clinic.auth;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.util.Map;
import org.openhat.clinic.core.staff.SessionKind;

/**
 * The session cookies: HttpOnly, SameSite=Strict, and Secure unless configuration says otherwise.
 *
 * <p>An office session (password) and a kiosk session (badge + PIN) each have their own cookie, so
 * one browser may hold both: the kiosk page opened where someone is signed in at the office, and
 * the nurse signing in and out there, leave the office session alone, and the other way round.
 * Which of the two a request speaks for:
 * <ul>
 *   <li>a kiosk page says so on every call with {@value #SCREEN_HEADER}{@code : kiosk}, and then
 *       only the kiosk cookie counts (never the office session it must not end);</li>
 *   <li>an endpoint only a kiosk uses ({@link KioskScreen}, e.g. the scan stream, which a browser's
 *       EventSource opens without headers) takes the kiosk cookie, or else the office one, which
 *       it then refuses in words;</li>
 *   <li>any other request speaks for the office only: after the office signs out, an office page
 *       never finds itself signed in as the nurse at the kiosk in the same browser.</li>
 * </ul>
 * The header cannot be sent from another site without the browser asking first (it is not a
 * "simple" header), and SameSite=Strict keeps both cookies off cross-site requests anyway.
 */
public final class SessionCookie {
    public static final String OFFICE = "openhat_session";
    public static final String KIOSK = "openhat_kiosk_session";
    public static final String SCREEN_HEADER = "X-OpenHAT-Screen";

    private final boolean secure;

    public SessionCookie(boolean secure) {
        this.secure = secure;
    }

    public NewCookie issue(SessionKind kind, String token) {
        return base(nameFor(kind), token).build();
    }

    public NewCookie expire(SessionKind kind) {
        return base(nameFor(kind), "").maxAge(0).build();
    }

    private NewCookie.Builder base(String name, String value) {
        return new NewCookie.Builder(name).value(value).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT);
    }

    public static String nameFor(SessionKind kind) {
        return kind == SessionKind.KIOSK ? KIOSK : OFFICE;
    }

    /** The session token a request speaks for, by the rules above; null when it carries none. */
    public static String tokenFrom(HttpHeaders headers) {
        return tokenFrom(headers.getCookies(), headers.getHeaderString(SCREEN_HEADER), false);
    }

    /** Which session a request (not to a {@link KioskScreen} endpoint) speaks for, so its own cookie is the one ended. */
    public static SessionKind screenOf(HttpHeaders headers) {
        return "kiosk".equalsIgnoreCase(headers.getHeaderString(SCREEN_HEADER)) ? SessionKind.KIOSK : SessionKind.OFFICE;
    }

    /** As above, for an endpoint only a kiosk uses. */
    public static String kioskTokenFrom(HttpHeaders headers) {
        return tokenFrom(headers.getCookies(), headers.getHeaderString(SCREEN_HEADER), true);
    }

    static String tokenFrom(Map<String, Cookie> cookies, String screen, boolean kioskEndpoint) {
        if ("kiosk".equalsIgnoreCase(screen)) {
            return valueOf(cookies, KIOSK);
        }
        if (!kioskEndpoint || "office".equalsIgnoreCase(screen)) {
            return valueOf(cookies, OFFICE);
        }
        // an EventSource cannot say it is a kiosk; an office session found here is refused in words
        String kiosk = valueOf(cookies, KIOSK);
        return kiosk != null ? kiosk : valueOf(cookies, OFFICE);
    }

    private static String valueOf(Map<String, Cookie> cookies, String name) {
        Cookie cookie = cookies.get(name);
        return cookie == null || cookie.getValue().isEmpty() ? null : cookie.getValue();
    }
}
