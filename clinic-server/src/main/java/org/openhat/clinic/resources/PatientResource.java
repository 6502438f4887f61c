package org.openhat.clinic.resources;

import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.openhat.clinic.api.ChangePatientStatus;
import org.openhat.clinic.api.CreatePatient;
import org.openhat.clinic.api.FindByNhsNumber;
import org.openhat.clinic.api.PatientSummaryView;
import org.openhat.clinic.api.PatientView;
import org.openhat.clinic.api.UpdatePatient;
import org.openhat.clinic.auth.StaffPrincipal;
import org.openhat.clinic.core.Identifiers;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.patients.NewPatient;
import org.openhat.clinic.core.patients.PatientDetails;
import org.openhat.clinic.core.patients.PatientPhoto;
import org.openhat.clinic.core.patients.PatientStatus;
import org.openhat.clinic.core.patients.RecordDisclosure;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.service.patients.PatientService;
import org.openhat.devices.ids.NhsNumber;

@Path("/patients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PatientResource {
    private static final String N = Role.Names.NURSE;
    private static final String P = Role.Names.PRESCRIBER;
    private static final String PH = Role.Names.PHARMACIST;
    private static final String C = Role.Names.COORDINATOR;
    private static final String A = Role.Names.ADMIN;

    private final PatientService patients;

    public PatientResource(PatientService patients) {
        this.patients = patients;
    }

    @GET
    @RolesAllowed({N, P, PH, C, A})
    public List<PatientSummaryView> list(@QueryParam("status") String status) {
        PatientStatus wanted = status == null ? null : parseStatus(status);
        return patients.list(wanted).stream().map(PatientSummaryView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({N, P, PH, C, A})
    public PatientView get(@Auth StaffPrincipal staff, @PathParam("id") long id) {
        return PatientView.of(patients.view(id, staff.staffId()), disclosureTo(staff));
    }

    /** A POST, not a GET, so the NHS number never lands in a request log or browser history. */
    @POST
    @Path("/find-by-nhs-number")
    @RolesAllowed({N, P, PH, C, A})
    public PatientView byNhsNumber(@Auth StaffPrincipal staff, @NotNull @Valid FindByNhsNumber request) {
        return PatientView.of(patients.viewByNhsNumber(Identifiers.nhsNumber(request.nhsNumber()), staff.staffId()),
                disclosureTo(staff));
    }

    private static RecordDisclosure disclosureTo(StaffPrincipal staff) {
        return RecordDisclosure.forRoles(staff.session().staff().roles());
    }

    @POST
    @RolesAllowed({P, C, A})
    public Response create(@Auth StaffPrincipal staff, @NotNull @Valid CreatePatient request) {
        var created = patients.create(new NewPatient(Identifiers.nhsNumber(request.nhsNumber()), request.givenName(),
                request.familyName(), request.dateOfBirth(), request.address(), request.postcode().toUpperCase(),
                request.status() == null ? PatientStatus.REFERRED : request.status()), staff.staffId());
        return Response.status(201).entity(PatientView.of(created)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({C, A})
    public PatientView update(@Auth StaffPrincipal staff, @PathParam("id") long id, @NotNull @Valid UpdatePatient request) {
        return PatientView.of(patients.updateDetails(id, new PatientDetails(request.givenName(), request.familyName(),
                request.dateOfBirth(), request.address(), request.postcode().toUpperCase()), staff.staffId()));
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed({P, C, A})
    public PatientView changeStatus(@Auth StaffPrincipal staff, @PathParam("id") long id,
                                    @NotNull @Valid ChangePatientStatus request) {
        return PatientView.of(patients.changeStatus(id, request.status(), request.reason(), staff.staffId()));
    }

    @PUT
    @Path("/{id}/photo")
    @Consumes({"image/jpeg", "image/png"})
    @RolesAllowed({N, C, A})
    public Response setPhoto(@Auth StaffPrincipal staff, @PathParam("id") long id,
                             @HeaderParam("Content-Type") String contentType, byte[] content) {
        patients.setPhoto(id, new PatientPhoto(contentType, content == null ? new byte[0] : content), staff.staffId());
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/photo")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @RolesAllowed({N, P, PH, C, A})
    public Response photo(@PathParam("id") long id) {
        PatientPhoto photo = patients.photo(id);
        return Response.ok(photo.content(), photo.mediaType()).build();
    }

    private static PatientStatus parseStatus(String status) {
        try {
            return PatientStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("status", "must be one of REFERRED, ACTIVE, SUSPENDED, DISCHARGED");
        }
    }
}
