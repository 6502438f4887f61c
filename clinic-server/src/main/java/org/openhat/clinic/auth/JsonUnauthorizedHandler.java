package org.openhat.clinic.auth;

import io.dropwizard.auth.UnauthorizedHandler;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.openhat.clinic.api.ApiError;

/** 401 in the clinic's error shape, so the kiosk page knows to show the sign-in screen. */
public class JsonUnauthorizedHandler implements UnauthorizedHandler {
    @Override
    public Response buildResponse(String prefix, String realm) {
        return Response.status(401).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(401, null, "sign in first")).build();
    }
}
