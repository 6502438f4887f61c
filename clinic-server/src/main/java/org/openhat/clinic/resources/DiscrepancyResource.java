package org.openhat.clinic.resources;

import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.openhat.clinic.api.DiscrepancyNoteRequest;
import org.openhat.clinic.auth.StaffPrincipal;
import org.openhat.clinic.core.register.discrepancy.DiscrepancyStatus;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.service.register.discrepancy.DiscrepancyService;

/** Stock-check discrepancies: the pharmacist investigates and signs off; inspectors read. */
@Path("/register/discrepancies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DiscrepancyResource {
    private final DiscrepancyService discrepancies;

    public DiscrepancyResource(DiscrepancyService discrepancies) {
        this.discrepancies = discrepancies;
    }

    @GET
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.INSPECTOR})
    public List<DiscrepancyStatus> list(@QueryParam("open") @DefaultValue("true") boolean openOnly) {
        return discrepancies.list(openOnly);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.INSPECTOR})
    public DiscrepancyStatus get(@PathParam("id") long id) {
        return discrepancies.get(id);
    }

    @POST
    @Path("/{id}/notes")
    @RolesAllowed(Role.Names.PHARMACIST)
    public DiscrepancyStatus addNote(@Auth StaffPrincipal staff, @PathParam("id") long id,
                                     @NotNull @Valid DiscrepancyNoteRequest r) {
        return discrepancies.addNote(id, r.kind(), r.text(), staff.staffId());
    }
}
