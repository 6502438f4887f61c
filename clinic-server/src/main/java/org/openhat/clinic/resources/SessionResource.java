package org.openhat.clinic.resources;

import io.dropwizard.auth.Auth;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.openhat.clinic.api.BadgeSignIn;
import org.openhat.clinic.api.PasswordSignIn;
import org.openhat.clinic.api.SessionView;
import org.openhat.clinic.api.WitnessSignIn;
import org.openhat.clinic.auth.Anonymous;
import org.openhat.clinic.auth.SessionCookie;
import org.openhat.clinic.auth.StaffPrincipal;
import org.openhat.clinic.core.dispensing.DoseWitnessRule;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.core.staff.SignedIn;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.core.staff.StaffSession;
import org.openhat.clinic.service.staff.SessionService;
import org.openhat.clinic.service.staff.SignInService;
import org.openhat.clinic.service.stations.StationService;

@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {
    private final SignInService signIn;
    private final SessionService sessions;
    private final StationService stations;
    private final SessionCookie cookie;
    private final DoseWitnessRule witnesses;
    private final Clock clock;

    public SessionResource(SignInService signIn, SessionService sessions, StationService stations, SessionCookie cookie,
                           DoseWitnessRule witnesses, Clock clock) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.stations = stations;
        this.cookie = cookie;
        this.witnesses = witnesses;
        this.clock = clock;
    }

    @POST
    @Path("/password")
    @Anonymous
    public Response signInWithPassword(@NotNull @Valid PasswordSignIn request) {
        return started(signIn.signInWithPassword(request.username(), request.password()));
    }

    @POST
    @Path("/badge")
    @Anonymous
    public Response signInWithBadge(@NotNull @Valid BadgeSignIn request) {
        long stationId = stations.byCode(request.stationCode()).id();
        return started(signIn.signInWithBadge(request.badgeCode(), request.pin(), stationId));
    }

    private Response started(SignedIn signedIn) {
        return Response.ok(SessionView.of(signedIn.session(), clock.instant(), witnesses))
                .cookie(cookie.issue(signedIn.session().kind(), signedIn.token())).build();
    }

    @GET
    @Path("/current")
    @PermitAll
    public SessionView current(@Auth StaffPrincipal principal) {
        return SessionView.of(principal.session(), clock.instant(), witnesses);
    }

    @DELETE
    @Path("/current")
    @PermitAll
    public Response signOut(@Auth StaffPrincipal principal, @Context HttpHeaders headers) {
        // Only the session this screen speaks for ends: an office session in the same browser goes on.
        sessions.signOut(SessionCookie.tokenFrom(headers), principal.staffId());
        return Response.noContent().cookie(cookie.expire(SessionCookie.screenOf(headers))).build();
    }

    /** A second member of staff signs in beside this kiosk session as witness. */
    @POST
    @Path("/current/witness")
    @RolesAllowed({Role.Names.NURSE, Role.Names.PHARMACIST})
    public SessionView signInWitness(@Auth StaffPrincipal principal, @Context HttpHeaders headers,
                                     @NotNull @Valid WitnessSignIn request) {
        StaffSession s = principal.session();
        StaffMember witness = signIn.signInWitness(SessionCookie.tokenFrom(headers), s, request.badgeCode(),
                request.pin(), witnesses);
        return SessionView.of(new StaffSession(s.staff(), s.kind(), s.stationId(), s.createdAt(), s.expiresAt(),
                witness), clock.instant(), witnesses);
    }

    @DELETE
    @Path("/current/witness")
    @RolesAllowed({Role.Names.NURSE, Role.Names.PHARMACIST})
    public Response endWitness(@Auth StaffPrincipal principal, @Context HttpHeaders headers) {
        sessions.endWitness(SessionCookie.tokenFrom(headers), principal.staffId());
        return Response.noContent().build();
    }
}
