package org.openhat.clinic.resources.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.openhat.clinic.core.stations.StationAccessRefused;

/** A station's devices are used from a kiosk session at that station only: 403 with the reason. */
public class StationAccessMapper implements ExceptionMapper<StationAccessRefused> {
    @Override
    public Response toResponse(StationAccessRefused e) {
        return ErrorResponses.of(403, "station", e.getMessage());
    }
}
