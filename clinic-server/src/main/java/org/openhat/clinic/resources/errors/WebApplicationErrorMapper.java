package org.openhat.clinic.resources.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Jersey's own refusals (404, 405, 406, 415, 413, 403 ...) in the clinic's error shape. */
public class WebApplicationErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return new UnexpectedErrorMapper().toResponse(e);
        }
        Response built = ErrorResponses.of(status, null, reason(status, e));
        Response.ResponseBuilder copy = Response.fromResponse(built);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(v -> copy.header(name, v));
            }
        });
        return copy.build();
    }

    private static String reason(int status, WebApplicationException e) {
        return switch (status) {
            case 400 -> "bad request";
            case 401 -> "sign in first";
            case 403 -> "your role does not allow this";
            case 404 -> "no such resource";
            case 405 -> "method not allowed here";
            case 406 -> "cannot produce that media type";
            case 413 -> "the body is too large";
            case 415 -> "unsupported media type; send application/json";
            default -> Response.Status.fromStatusCode(status) == null ? "request refused"
                    : Response.Status.fromStatusCode(status).getReasonPhrase().toLowerCase();
        };
    }
}
