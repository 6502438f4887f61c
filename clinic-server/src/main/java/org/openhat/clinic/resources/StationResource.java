package org.openhat.clinic.resources;

import io.dropwizard.auth.Auth;
import jakarta.annotation.security.PermitAll;
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
import org.openhat.clinic.api.CreateStation;
import org.openhat.clinic.auth.StaffPrincipal;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.core.stations.KioskStation;
import org.openhat.clinic.service.stations.StationService;

@Path("/stations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StationResource {
    private final StationService stations;

    public StationResource(StationService stations) {
        this.stations = stations;
    }

    @GET
    @PermitAll
    public List<KioskStation> list() {
        return stations.all();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public KioskStation get(@PathParam("id") long id) {
        return stations.get(id);
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    public Response create(@Auth StaffPrincipal admin, @NotNull @Valid CreateStation r) {
        return Response.status(201).entity(stations.create(r.code(), r.name(), r.location(), admin.staffId())).build();
    }
}
