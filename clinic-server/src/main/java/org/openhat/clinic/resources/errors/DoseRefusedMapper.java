package org.openhat.clinic.resources.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.openhat.clinic.api.DoseCheckResponse;
import org.openhat.clinic.api.FieldError;
import org.openhat.clinic.core.dispensing.DoseRefused;

/** 409: the check at the moment of recording refused the dose. The body says why, rule by rule. */
public class DoseRefusedMapper implements ExceptionMapper<DoseRefused> {

    public record Refusal(int status, List<FieldError> errors, DoseCheckResponse check) {
    }

    @Override
    public Response toResponse(DoseRefused e) {
        return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Refusal(409, List.of(new FieldError("doseGivenMg", e.getMessage())),
                        DoseCheckResponse.of(e.outcome()))).build();
    }
}
