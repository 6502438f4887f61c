package org.openhat.clinic.auth;

import io.dropwizard.auth.AuthFilter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;

/** Authenticates a request from its session cookie. */
@Priority(Priorities.AUTHENTICATION)
public class SessionCookieAuthFilter extends AuthFilter<String, StaffPrincipal> {

    @Override
    public void filter(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(SessionCookie.NAME);
        String token = cookie == null ? null : cookie.getValue();
        if (!authenticate(request, token, "Session")) {
            throw unauthorizedHandler.buildException(prefix, realm);
        }
    }

    public static class Builder extends AuthFilterBuilder<String, StaffPrincipal, SessionCookieAuthFilter> {
        @Override
        protected SessionCookieAuthFilter newInstance() {
            return new SessionCookieAuthFilter();
        }
    }
}
