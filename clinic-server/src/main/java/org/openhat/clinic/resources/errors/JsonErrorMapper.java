package org.openhat.clinic.resources.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.stream.Collectors;
import org.openhat.clinic.core.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bodies that are not the JSON we asked for: malformed, an unknown field, a wrong type. The reply
 * names the field; Jackson's own message is not echoed because it can quote the input.
 */
public class JsonErrorMapper implements ExceptionMapper<JsonProcessingException> {
    private static final Logger LOG = LoggerFactory.getLogger(JsonErrorMapper.class);

    @Override
    public Response toResponse(JsonProcessingException e) {
        if (e instanceof JsonParseException || e.getCause() instanceof JsonParseException) {
            return ErrorResponses.of(400, null, "the body is not well-formed JSON");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return ErrorResponses.of(400, path(unknown), "is not a known field");
        }
        if (e instanceof ValueInstantiationException instantiation
                && instantiation.getCause() instanceof ValidationException invalid) {
            return ErrorResponses.of(422, invalid.field(), invalid.reason());
        }
        if (e instanceof InvalidDefinitionException) {
            LOG.error("A request type cannot be read from JSON", e);
            return ErrorResponses.of(500, null, "internal error");
        }
        if (e instanceof JsonMappingException mapping) {
            String field = path(mapping);
            if (field != null && String.valueOf(mapping.getOriginalMessage()).startsWith("Cannot map `null`")) {
                return ErrorResponses.of(400, field, "is required");
            }
            return ErrorResponses.of(400, field, field == null ? "the body has the wrong shape" : "has the wrong type or format");
        }
        return ErrorResponses.of(400, null, "the body could not be read");
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? null : path.replace(".[", "[");
    }
}
