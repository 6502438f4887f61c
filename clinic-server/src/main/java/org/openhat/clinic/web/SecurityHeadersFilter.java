package org.openhat.clinic.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;

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
    /**
     * For a PDF (the printable register): the browser shows it in its own viewer, a page the
     * browser builds with inline styles that {@code default-src 'none'} would refuse, leaving the
     * register a blank strip. The PDF runs none of our scripts, so it keeps only what still matters.
     */
    static final String PDF_POLICY = String.join("; ", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'");

    private final String apiServletPath;

    /** {@code apiServletPath}: where Jersey serves the API, {@code /api}. */
    public SecurityHeadersFilter(String apiServletPath) {
        this.apiServletPath = apiServletPath;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        // The servlet path, not the raw URI: it is what the container dispatches on, after normalising.
        boolean api = apiServletPath.equals(((HttpServletRequest) req).getServletPath());
        HttpServletResponse response = new Headed((HttpServletResponse) res, api);
        apply(response, api);
        chain.doFilter(req, response);
    }

    private static void apply(HttpServletResponse response, boolean api) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        // For browsers that predate frame-ancestors.
        response.setHeader("X-Frame-Options", "DENY");
        if (api) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
    }

    /** Sending an error (a missing page) clears the headers; they go on again for the error page. */
    private static final class Headed extends HttpServletResponseWrapper {
        private final boolean api;

        Headed(HttpServletResponse response, boolean api) {
            super(response);
            this.api = api;
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            super.sendError(status, message);
            apply(this, api);
        }

        @Override
        public void sendError(int status) throws IOException {
            super.sendError(status);
            apply(this, api);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(type);
            policyFor(type);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, value);
            if ("Content-Type".equalsIgnoreCase(name)) {
                policyFor(value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, value);
            if ("Content-Type".equalsIgnoreCase(name)) {
                policyFor(value);
            }
        }

        private void policyFor(String contentType) {
            if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/pdf")) {
                super.setHeader("Content-Security-Policy", PDF_POLICY);
            }
        }

        @Override
        public void reset() {
            super.reset();
            apply(this, api);
        }
    }
}
