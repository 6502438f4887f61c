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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.openhat.clinic.api.AdministrationView;
import org.openhat.clinic.api.AdverseEventRequest;
import org.openhat.clinic.api.DischargeRequest;
import org.openhat.clinic.api.DoseCheckRequest;
import org.openhat.clinic.api.DoseCheckResponse;
import org.openhat.clinic.api.DoseRecordedView;
import org.openhat.clinic.api.DosingListView;
import org.openhat.clinic.api.RecordAdministrationRequest;
import org.openhat.clinic.api.SecondSigner;
import org.openhat.clinic.api.WithholdRequest;
import org.openhat.clinic.auth.StaffPrincipal;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.register.CountDue;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.service.dispensing.AdministrationService;
import org.openhat.clinic.service.dispensing.DoseCheckService;
import org.openhat.clinic.service.dispensing.DosingListService;
import org.openhat.clinic.service.dispensing.ObservationService;
import org.openhat.clinic.service.dispensing.SessionOutcomes;
import org.openhat.clinic.service.register.RegisterService;
import org.openhat.clinic.service.staff.SecondSigners;

/** The dispensing kiosk's API: check a dose, record it, watch and discharge, withhold, and the dosing list. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DispensingResource {
    private final DoseCheckService checks;
    private final AdministrationService administrations;
    private final ObservationService observations;
    private final SessionOutcomes outcomes;
    private final DosingListService dosingList;
    private final ClinicCalendar calendar;
    private final RegisterService register;
    private final SecondSigners witnesses;
    private final java.time.Clock clock;

    public DispensingResource(DoseCheckService checks, AdministrationService administrations,
                              ObservationService observations, SessionOutcomes outcomes, DosingListService dosingList,
                              ClinicCalendar calendar, RegisterService register,
                              SecondSigners witnesses, java.time.Clock clock) {
        this.checks = checks;
        this.administrations = administrations;
        this.observations = observations;
        this.outcomes = outcomes;
        this.dosingList = dosingList;
        this.calendar = calendar;
        this.register = register;
        this.witnesses = witnesses;
        this.clock = clock;
    }

    @POST
    @Path("dose-checks")
    @RolesAllowed({Role.Names.NURSE, Role.Names.PRESCRIBER})
    public DoseCheckResponse check(@NotNull @Valid DoseCheckRequest request) {
        return DoseCheckResponse.of(checks.check(request.patientId(), request.proposedDose(),
                request.assessment().toAssessment()));
    }

    @POST
    @Path("administrations")
    @RolesAllowed(Role.Names.NURSE)
    public Response record(@Auth StaffPrincipal nurse, @NotNull @Valid RecordAdministrationRequest request) {
        // The witness proves who they are now: in the request, or by having signed in beside the nurse.
        StaffMember witness = witnesses.verify(nurse.session(), SecondSigner.credentials(request.secondSigner()),
                "dose");
        return Response.status(201).entity(DoseRecordedView.of(
                administrations.record(request.toRecordDose(), nurse.session().witnessedBy(witness)))).build();
    }

    @GET
    @Path("administrations/{id}")
    @RolesAllowed({Role.Names.NURSE, Role.Names.PRESCRIBER, Role.Names.PHARMACIST})
    public AdministrationView get(@PathParam("id") long id) {
        return AdministrationView.of(observations.administration(id));
    }

    @POST
    @Path("administrations/{id}/discharge")
    @RolesAllowed(Role.Names.NURSE)
    public AdministrationView discharge(@Auth StaffPrincipal nurse, @PathParam("id") long id,
                                        @NotNull @Valid DischargeRequest r) {
        return AdministrationView.of(observations.discharge(id, new ObservationService.DischargeObservations(
                r.respiratoryRate(), r.spo2(), r.sedationScore(), r.notes()), nurse.staffId()));
    }

    @POST
    @Path("administrations/{id}/adverse-events")
    @RolesAllowed({Role.Names.NURSE, Role.Names.PRESCRIBER})
    public Response adverseEvent(@Auth StaffPrincipal staff, @PathParam("id") long id,
                                 @NotNull @Valid AdverseEventRequest r) {
        BigDecimal naloxone = r.naloxoneMg();
        observations.recordAdverseEvent(id, new ObservationService.AdverseEvent(r.kind(),
                naloxone == null ? null : Milligrams.of(naloxone), r.ambulanceCalled(), r.notes()), staff.staffId());
        return Response.status(201).build();
    }

    @POST
    @Path("withholdings")
    @RolesAllowed({Role.Names.NURSE, Role.Names.PRESCRIBER})
    public Response withhold(@Auth StaffPrincipal staff, @NotNull @Valid WithholdRequest r) {
        outcomes.withhold(r.patientId(), r.session(), r.reason(), staff.staffId());
        return Response.status(201).build();
    }

    @GET
    @Path("dosing-list")
    @RolesAllowed({Role.Names.NURSE, Role.Names.PRESCRIBER, Role.Names.PHARMACIST, Role.Names.COORDINATOR})
    public DosingListView dosingList(@QueryParam("date") String date, @QueryParam("session") String session) {
        LocalDate day = parseDate(date);
        String name = session != null ? session : calendar.sessionAt(clock.instant()).map(s -> s.name())
                .orElseThrow(() -> new ValidationException("session", "no dosing session is open now (today's "
                        + "sessions: " + sessionsOn(calendar.clinicDate(clock.instant())) + "); name one to see its list"));
        return DosingListView.of(day, name, dosingList.list(day, name), stockCounts(day, name));
    }

    /** "AM 08:00-11:00, PM 15:00-18:00", clinic time: so a kiosk opened between sessions says when they are. */
    private String sessionsOn(LocalDate day) {
        List<String> sessions = calendar.slotsOn(day).stream().filter(slot -> !slot.isEmpty())
                .map(slot -> slot.name() + " " + slot.window().opens() + "-" + slot.window().closes()).toList();
        return sessions.isEmpty() ? "none, the clinic is closed" : String.join(", ", sessions);
    }

    /** The register pages still needing their end-of-session count, so the list can prompt for it. */
    private List<DosingListView.StockCount> stockCounts(LocalDate day, String session) {
        return calendar.slotsOn(day).stream().filter(slot -> slot.name().equals(session)).findFirst()
                .map(slot -> register.ledgers().stream().map(summary -> {
                    CountDue due = register.countDue(summary.ledger().id(), slot.opensAt());
                    return new DosingListView.StockCount(summary.ledger().id(), summary.ledger().heading(), due.due(),
                            due.movementsThisSession());
                }).toList())
                .orElse(List.of());
    }

    private LocalDate parseDate(String date) {
        if (date == null) {
            return calendar.clinicDate(clock.instant());
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new ValidationException("date", "must be a date like 2026-11-22");
        }
    }
}
