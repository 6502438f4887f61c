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
import org.openhat.clinic.api.SafeRequestView;
import org.openhat.clinic.api.SafeStatusView;
import org.openhat.clinic.api.UnlockSafe;
import org.openhat.clinic.auth.StaffPrincipal;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.core.stations.SafeAvailability;
import org.openhat.clinic.core.stations.StationSafe;
import org.openhat.clinic.core.stations.StationSafes;
import org.openhat.clinic.service.stations.SafeUnlockService;

/** A station's controlled-drug safe: its status, and unlocking under the two-person rule. */
@Path("/stations/{code}/safe")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SafeResource {
    private final StationSafes safes;
    private final SafeAvailability availability;
    private final SafeUnlockService unlocks;

    public SafeResource(StationSafes safes, SafeAvailability availability, SafeUnlockService unlocks) {
        this.safes = safes;
        this.availability = availability;
        this.unlocks = unlocks;
    }

    @GET
    // Everyone who may sign in at a kiosk sees its safe's state in the kiosk's header (KioskAbilities).
    @RolesAllowed({Role.Names.NURSE, Role.Names.PHARMACIST, Role.Names.PRESCRIBER, Role.Names.ADMIN})
    public SafeStatusView status(@PathParam("code") String code) {
        StationSafe safe = safes.safeAt(code).orElseThrow(() -> new NotFoundException("safe at station", code));
        return SafeStatusView.of(code, safe.controller().status(), safe.compartments(),
                availability.unavailableReason(code).orElse(null), safe.alerts().lastNumberingRestart());
    }

    /** Nurse (or pharmacist) and a witness, signed in together at this station's kiosk. */
    @POST
    @Path("/unlock")
    @RolesAllowed({Role.Names.NURSE, Role.Names.PHARMACIST})
    public SafeRequestView unlock(@Auth StaffPrincipal principal, @PathParam("code") String code,
                                  @NotNull @Valid UnlockSafe request) {
        return SafeRequestView.of(unlocks.unlock(principal.session(), code, request.purpose(), request.compartment(),
                request.reference()));
    }
}
