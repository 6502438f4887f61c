package org.openhat.clinic.resources;

import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.openhat.clinic.api.PrescribeRequest;
import org.openhat.clinic.api.PrescriptionView;
import org.openhat.clinic.auth.StaffPrincipal;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.service.prescriptions.PrescriptionService;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrescriptionResource {
    private final PrescriptionService prescriptions;

    public PrescriptionResource(PrescriptionService prescriptions) {
        this.prescriptions = prescriptions;
    }

    /** A new prescription, or a change: either way a new version, superseding the last from its effective time. */
    @POST
    @Path("prescriptions")
    @RolesAllowed(Role.Names.PRESCRIBER)
    public Response prescribe(@Auth StaffPrincipal prescriber, @NotNull @Valid PrescribeRequest request) {
        PrescriptionService.Prescribed done = prescriptions.prescribe(request.toNewPrescription(), prescriber.staffId());
        return Response.status(201).entity(PrescriptionView.of(done.prescription(), done.advisories())).build();
    }

    /** Every version, oldest first. */
    @GET
    @Path("prescriptions")
    @RolesAllowed({Role.Names.NURSE, Role.Names.PRESCRIBER, Role.Names.PHARMACIST, Role.Names.COORDINATOR})
    public List<PrescriptionView> history(@QueryParam("patientId") Long patientId) {
        if (patientId == null) {
            throw new ValidationException("patientId", "is required");
        }
        return prescriptions.history(patientId).stream().map(p -> PrescriptionView.of(p, List.of())).toList();
    }

    public record ReviewRequest(@NotNull Long patientId, @Size(max = 1000) String note) {
    }

    /** A prescriber has seen the patient: releases a missed-days hold on the next dose. */
    @POST
    @Path("prescriber-reviews")
    @RolesAllowed(Role.Names.PRESCRIBER)
    public Response review(@Auth StaffPrincipal prescriber, @NotNull @Valid ReviewRequest request) {
        prescriptions.recordReview(request.patientId(), request.note(), prescriber.staffId());
        return Response.status(201).build();
    }
}
