package org.openhat.clinic.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.openhat.clinic.api.ApiError;

/**
 * Refuses a write that a page from another origin could make with the signed-in user's cookie.
 * SameSite=Strict keeps the cookie from other sites, but a page on another port of the same host is
 * the same site and a different origin. Browsers send {@code Origin} (and {@code Sec-Fetch-Site})
 * with every cross-origin write, and such a page can send a body without asking first (CORS
 * preflight, which the clinic never grants) only as a form or as plain text. So a write must come
 * from the clinic's own origin, and its body must not be one of those: JSON (or the exact type an
 * endpoint declares with {@code @Consumes}, which Jersey then enforces), or no body at all.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class SameOriginWriteFilter implements ContainerRequestFilter {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** The body types a page may send to another origin without a preflight (the Fetch standard's CORS-safelisted ones). */
    private static final Set<String> SENT_WITHOUT_PREFLIGHT =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");
    private static final Set<String> OWN_SITE_FETCHES = Set.of("same-origin", "none");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod())) {
            return;
        }
        String origin = request.getHeaderString("Origin");
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        if (origin != null && !isOwnOrigin(origin, request.getUriInfo().getBaseUri())) {
            refuse(request, 403, "Origin", "a page from another origin may not change anything here");
        } else if (fetchSite != null && !OWN_SITE_FETCHES.contains(fetchSite.strip().toLowerCase(Locale.ROOT))) {
            refuse(request, 403, "Sec-Fetch-Site", "a page from another origin may not change anything here");
        } else if (!acceptableBody(request)) {
            // The same shape and field as Jersey's own 415 for a type an endpoint does not consume.
            refuse(request, 415, null, "send the body as application/json, or send no body");
        }
    }

    private static boolean acceptableBody(ContainerRequestContext request) {
        String contentType = request.getHeaderString("Content-Type");
        if (contentType == null || contentType.isBlank()) {
            return !hasBody(request);
        }
        try {
            MediaType type = MediaType.valueOf(contentType);
            return !SENT_WITHOUT_PREFLIGHT.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    }

    /** Scheme, host and port as the browser addressed the clinic; any other port is another origin. */
    static boolean isOwnOrigin(String origin, URI own) {
        URI claimed;
        try {
            claimed = URI.create(origin.strip());
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
        // "null" (sandboxed frames, file: pages) has no scheme or host and is never ours.
        return claimed.getScheme() != null && claimed.getHost() != null
                && claimed.getScheme().equalsIgnoreCase(own.getScheme())
                && claimed.getHost().equalsIgnoreCase(own.getHost())
                && port(claimed) == port(own);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static void refuse(ContainerRequestContext request, int status, String field, String reason) {
        request.abortWith(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(status, field, reason)).build());
    }
}
