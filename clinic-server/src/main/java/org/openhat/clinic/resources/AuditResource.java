package org.openhat.clinic.resources;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.audit.AuditEvent;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.service.audit.AuditTrail;

@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PHARMACIST, Role.Names.INSPECTOR})
    public List<AuditEvent> list(@QueryParam("recordType") String recordType, @QueryParam("recordId") String recordId,
                                 @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new ValidationException("limit", "must be between 1 and 1000");
        }
        if ((recordType == null) != (recordId == null)) {
            throw new ValidationException("recordId", "recordType and recordId go together");
        }
        return recordType == null ? trail.latest(limit) : trail.forRecord(recordType, recordId);
    }
}
