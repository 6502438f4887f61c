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
import org.openhat.clinic.api.CreateStaff;
import org.openhat.clinic.api.StaffView;
import org.openhat.clinic.auth.StaffPrincipal;
import org.openhat.clinic.core.staff.NewStaffMember;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.service.staff.StaffService;

@Path("/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {
    private final StaffService staff;

    public StaffResource(StaffService staff) {
        this.staff = staff;
    }

    @GET
    @RolesAllowed(Role.Names.ADMIN)
    public List<StaffView> list() {
        return staff.all().stream().map(StaffView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.Names.ADMIN)
    public StaffView get(@PathParam("id") long id) {
        return StaffView.of(staff.get(id));
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    public Response create(@Auth StaffPrincipal admin, @NotNull @Valid CreateStaff request) {
        var created = staff.create(new NewStaffMember(request.username(), request.displayName(), request.roles(),
                request.password(), request.badgeCode(), request.pin()), admin.staffId());
        return Response.status(201).entity(StaffView.of(created)).build();
    }

    @POST
    @Path("/{id}/disable")
    @RolesAllowed(Role.Names.ADMIN)
    public StaffView disable(@Auth StaffPrincipal admin, @PathParam("id") long id) {
        return StaffView.of(staff.setEnabled(id, false, admin.staffId()));
    }

    @POST
    @Path("/{id}/enable")
    @RolesAllowed(Role.Names.ADMIN)
    public StaffView enable(@Auth StaffPrincipal admin, @PathParam("id") long id) {
        return StaffView.of(staff.setEnabled(id, true, admin.staffId()));
    }

    @POST
    @Path("/{id}/unlock-badge")
    @RolesAllowed(Role.Names.ADMIN)
    public StaffView unlockBadge(@Auth StaffPrincipal admin, @PathParam("id") long id) {
        return StaffView.of(staff.unlockBadge(id, admin.staffId()));
    }

    @POST
    @Path("/{id}/unlock-password")
    @RolesAllowed(Role.Names.ADMIN)
    public StaffView unlockPassword(@Auth StaffPrincipal admin, @PathParam("id") long id) {
        return StaffView.of(staff.unlockPassword(id, admin.staffId()));
    }
}
