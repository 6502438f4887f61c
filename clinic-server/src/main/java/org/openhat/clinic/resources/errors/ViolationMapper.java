package org.openhat.clinic.resources.errors;

import io.dropwizard.jersey.validation.JerseyViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Comparator;
import java.util.List;
import org.openhat.clinic.api.ApiError;
import org.openhat.clinic.api.FieldError;

/** Bean-validation failures on a request: 422, one entry per field, in a stable order. */
public class ViolationMapper implements ExceptionMapper<JerseyViolationException> {

    @Override
    public Response toResponse(JerseyViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing((FieldError f) -> String.valueOf(f.field())).thenComparing(FieldError::reason))
                .toList();
        return ErrorResponses.of(new ApiError(422, errors));
    }

    /** The last named node of the path: "create.arg0.nhsNumber" becomes "nhsNumber"; a missing body gives null. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String field = null;
        int depth = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            depth++;
            if (depth > 2 && node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // a map value or list element: "dosesMg[AM]", not "dosesMg.<map value>"
                Object at = node.getKey() != null ? node.getKey() : node.getIndex();
                field = at == null || field == null ? field : field + "[" + at + "]";
            } else if (depth > 2 && node.getName() != null) {
                field = field == null ? node.getName() : field + "." + node.getName();
            }
        }
        return field;
    }
}
