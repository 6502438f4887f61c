package org.openhat.clinic.resources;

import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.openhat.clinic.api.CreatePrescriber;
import org.openhat.clinic.auth.StaffPrincipal;
import org.openhat.clinic.core.prescribers.Prescriber;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.service.prescribers.PrescriberService;

@Path("/prescribers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrescriberResource {
    private final PrescriberService prescribers;

    public PrescriberResource(PrescriberService prescribers) {
        this.prescribers = prescribers;
    }

    @GET
    @RolesAllowed({Role.Names.NURSE, Role.Names.PRESCRIBER, Role.Names.PHARMACIST, Role.Names.ADMIN})
    public List<Prescriber> list() {
        return prescribers.all();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.NURSE, Role.Names.PRESCRIBER, Role.Names.PHARMACIST, Role.Names.ADMIN})
    public Prescriber get(@PathParam("id") long id) {
        return prescribers.get(id);
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    public Response create(@Auth StaffPrincipal admin, @NotNull @Valid CreatePrescriber r) {
        Prescriber created = prescribers.create(new Prescriber(0, r.staffId(), r.name(), r.gmcNumber(), r.medical(),
                r.licenceNumber(), r.licencePremises(), r.licenceExpiry()), admin.staffId());
        return Response.status(201).entity(created).build();
    }
}
