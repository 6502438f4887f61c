package org.openhat.clinic.auth;

import io.dropwizard.auth.AuthFilter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.reflect.Method;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;

/** Authenticates a request from the session cookie it speaks for ({@link SessionCookie}). */
@Priority(Priorities.AUTHENTICATION)
public class SessionCookieAuthFilter extends AuthFilter<String, StaffPrincipal> {

    @Override
    public void filter(ContainerRequestContext request) {
        String token = SessionCookie.tokenFrom(request.getCookies(), request.getHeaderString(SessionCookie.SCREEN_HEADER),
                isKioskScreen(request));
        if (!authenticate(request, token, "Session")) {
            throw unauthorizedHandler.buildException(prefix, realm);
        }
    }

    private static boolean isKioskScreen(ContainerRequestContext request) {
        if (!(request.getUriInfo() instanceof ExtendedUriInfo uriInfo)) {
            return false;
        }
        ResourceMethod matched = uriInfo.getMatchedResourceMethod();
        Method method = matched == null ? null : matched.getInvocable().getDefinitionMethod();
        return method != null && method.isAnnotationPresent(KioskScreen.class);
    }

    public static class Builder extends AuthFilterBuilder<String, StaffPrincipal, SessionCookieAuthFilter> {
        @Override
        protected SessionCookieAuthFilter newInstance() {
            return new SessionCookieAuthFilter();
        }
    }
}
