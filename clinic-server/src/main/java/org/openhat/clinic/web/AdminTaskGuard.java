package org.openhat.clinic.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import org.openhat.clinic.api.ApiError;

/**
 * Stands before every task on the admin port, ours and Dropwizard's (log-level, gc): the caller
 * must present the admin task secret as {@code Authorization: Bearer …}, and no web page may send
 * a task at all. The admin port listens on loopback, which a page open in the kiosk's browser can
 * reach with a form post; browsers mark such requests with {@code Origin} and {@code Sec-Fetch-*}
 * headers, which curl and scripts never send.
 */
public class AdminTaskGuard implements Filter {
    private static final String BEARER = "bearer ";

    private final AdminTaskSecret secret;
    private final ObjectMapper json;

    public AdminTaskGuard(AdminTaskSecret secret, ObjectMapper json) {
        this.secret = secret;
        this.json = json;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String browserMarker = browserMarker(request);
        if (browserMarker != null) {
            refuse(response, 403, browserMarker, "admin tasks are never taken from a web page");
        } else if (!secret.matches(bearerToken(request))) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"openhat-admin\"");
            refuse(response, 401, "Authorization", "send the admin task secret as Authorization: Bearer <secret>");
        } else {
            chain.doFilter(req, res);
        }
    }

    /** The first header that only a browser sends, or null. */
    private static String browserMarker(HttpServletRequest request) {
        if (request.getHeader("Origin") != null) {
            return "Origin";
        }
        for (String name : Collections.list(request.getHeaderNames())) {
            if (name.toLowerCase(Locale.ROOT).startsWith("sec-fetch-")) {
                return name;
            }
        }
        return null;
    }

    private static String bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).strip();
    }

    private void refuse(HttpServletResponse response, int status, String field, String reason) throws IOException {
        response.setStatus(status);
        // The refused request's body is never read; closing the connection keeps it from being
        // taken for the start of the caller's next request on the same connection.
        response.setHeader("Connection", "close");
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), ApiError.of(status, field, reason));
    }
}
