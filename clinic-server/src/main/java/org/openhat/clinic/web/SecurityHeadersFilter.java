package org.openhat.clinic.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every page and answer of the clinic's port carries. The pages load their scripts and
 * styles from files only, so the policy allows nothing inline and nothing from elsewhere; nothing may
 * frame a page (a framed kiosk could be clicked through by another page); and API answers, which
 * carry patient data, are never kept in the browser's cache.
 */
public class SecurityHeadersFilter implements Filter {
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'",
            "font-src 'self'", "manifest-src 'self'", "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'");

    private final String apiServletPath;

    /** {@code apiServletPath}: where Jersey serves the API, {@code /api}. */
    public SecurityHeadersFilter(String apiServletPath) {
        this.apiServletPath = apiServletPath;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        // For browsers that predate frame-ancestors.
        response.setHeader("X-Frame-Options", "DENY");
        // The servlet path, not the raw URI: it is what the container dispatches on, after normalising.
        if (apiServletPath.equals(((HttpServletRequest) req).getServletPath())) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(req, res);
    }
}
