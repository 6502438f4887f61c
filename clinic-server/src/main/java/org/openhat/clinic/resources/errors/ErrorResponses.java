package org.openhat.clinic.resources.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.openhat.clinic.api.ApiError;

final class ErrorResponses {
    private ErrorResponses() {
    }

    static Response of(int status, String field, String reason) {
        return of(ApiError.of(status, field, reason));
    }

    static Response of(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
