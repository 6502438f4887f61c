package org.openhat.clinic.resources.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.openhat.clinic.core.ConflictException;
import org.openhat.clinic.core.DiskFullException;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.staff.SignInRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps the clinic's own exceptions to their statuses; the messages are written to be shown. */
public final class ClinicExceptionMappers {
    private ClinicExceptionMappers() {
    }

    public static class Validation implements ExceptionMapper<ValidationException> {
        @Override
        public Response toResponse(ValidationException e) {
            return ErrorResponses.of(422, e.field(), e.reason());
        }
    }

    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return ErrorResponses.of(404, null, e.getMessage());
        }
    }

    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return ErrorResponses.of(409, e.field(), e.getMessage());
        }
    }

    /** 507 Insufficient Storage: the write was refused whole, and the person can be told so in words. */
    public static class DiskFull implements ExceptionMapper<DiskFullException> {
        private static final Logger LOG = LoggerFactory.getLogger(DiskFull.class);

        @Override
        public Response toResponse(DiskFullException e) {
            LOG.error("A write was refused because the database's disk is full; free space to recover");
            return ErrorResponses.of(507, null, DiskFullException.REASON);
        }
    }

    public static class SignIn implements ExceptionMapper<SignInRefused> {
        @Override
        public Response toResponse(SignInRefused e) {
            if (e.retryAfter().isZero()) {
                return ErrorResponses.of(401, null, e.getMessage());
            }
            long seconds = Math.max(1, e.retryAfter().toSeconds());
            return Response.fromResponse(ErrorResponses.of(429, null, e.getMessage()))
                    .header("Retry-After", seconds).build();
        }
    }
}
