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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.openhat.clinic.api.LedgerView;
import org.openhat.clinic.api.OpenLedger;
import org.openhat.clinic.api.RecordCorrection;
import org.openhat.clinic.api.RecordDestruction;
import org.openhat.clinic.api.RecordReceipt;
import org.openhat.clinic.api.RecordReturn;
import org.openhat.clinic.api.RecordStockCheck;
import org.openhat.clinic.api.RecordWaste;
import org.openhat.clinic.api.RegisterEntryView;
import org.openhat.clinic.auth.StaffPrincipal;
import org.openhat.clinic.core.register.CountDue;
import org.openhat.clinic.core.register.RegisterLine;
import org.openhat.clinic.core.register.RegisterService;
import org.openhat.clinic.core.staff.Role;

/** Ledgers and writing to them. Administrations are written by the dosing flow, not here. */
@Path("/register/ledgers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegisterResource {
    private final RegisterService register;

    public RegisterResource(RegisterService register) {
        this.register = register;
    }

    @GET
    @RolesAllowed({Role.Names.NURSE, Role.Names.PHARMACIST, Role.Names.INSPECTOR})
    public List<LedgerView> ledgers(@Auth StaffPrincipal staff) {
        return register.ledgers().stream().map(l -> LedgerView.of(l, seesBalance(staff))).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.NURSE, Role.Names.PHARMACIST, Role.Names.INSPECTOR})
    public LedgerView ledger(@Auth StaffPrincipal staff, @PathParam("id") long id) {
        return LedgerView.of(register.ledger(id), seesBalance(staff));
    }

    @POST
    @RolesAllowed(Role.Names.PHARMACIST)
    public Response open(@Auth StaffPrincipal staff, @NotNull @Valid OpenLedger r) {
        long id = register.openLedger(r.productId(), staff.staffId()).id();
        return Response.status(201).entity(LedgerView.of(register.ledger(id), true)).build();
    }

    @POST
    @Path("/{id}/receipts")
    @RolesAllowed({Role.Names.NURSE, Role.Names.PHARMACIST})
    public Response receipt(@Auth StaffPrincipal staff, @PathParam("id") long id, @NotNull RecordReceipt r) {
        return created(id, r.line(), staff);
    }

    @POST
    @Path("/{id}/waste")
    @RolesAllowed({Role.Names.NURSE, Role.Names.PHARMACIST})
    public Response waste(@Auth StaffPrincipal staff, @PathParam("id") long id, @NotNull RecordWaste r) {
        return created(id, r.line(), staff);
    }

    @POST
    @Path("/{id}/destructions")
    @RolesAllowed(Role.Names.PHARMACIST)
    public Response destruction(@Auth StaffPrincipal staff, @PathParam("id") long id, @NotNull RecordDestruction r) {
        return created(id, r.line(), staff);
    }

    @POST
    @Path("/{id}/returns")
    @RolesAllowed(Role.Names.PHARMACIST)
    public Response stockReturn(@Auth StaffPrincipal staff, @PathParam("id") long id, @NotNull RecordReturn r) {
        return created(id, r.line(), staff);
    }

    @POST
    @Path("/{id}/stock-checks")
    @RolesAllowed({Role.Names.NURSE, Role.Names.PHARMACIST})
    public Response stockCheck(@Auth StaffPrincipal staff, @PathParam("id") long id, @NotNull RecordStockCheck r) {
        return created(id, r.line(), staff);
    }

    @POST
    @Path("/{id}/corrections")
    @RolesAllowed({Role.Names.NURSE, Role.Names.PHARMACIST})
    public Response correction(@Auth StaffPrincipal staff, @PathParam("id") long id, @NotNull RecordCorrection r) {
        var entry = register.correct(id, r.correctsSeq(), r.reason(), r.adjustment(), r.batch(), staff.staffId());
        return Response.status(201).entity(RegisterEntryView.of(entry)).build();
    }

    /** For the dosing list: whether the end-of-session count of this ledger is still to be done. */
    @GET
    @Path("/{id}/count-due")
    @RolesAllowed({Role.Names.NURSE, Role.Names.PHARMACIST})
    public CountDue countDue(@PathParam("id") long id, @QueryParam("sessionStart") String sessionStart) {
        return register.countDue(id, Params.instant("sessionStart", sessionStart));
    }

    @GET
    @Path("/{id}/entries")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.INSPECTOR})
    public List<RegisterEntryView> entries(@PathParam("id") long id, @QueryParam("kind") String kind,
                                           @QueryParam("batch") String batch, @QueryParam("from") String from,
                                           @QueryParam("to") String to,
                                           @QueryParam("afterSeq") @DefaultValue("0") long afterSeq,
                                           @QueryParam("limit") @DefaultValue("100") int limit) {
        return register.page(id, Params.filter(kind, batch, from, to), afterSeq, limit).stream()
                .map(RegisterEntryView::of).toList();
    }

    private Response created(long ledgerId, RegisterLine line, StaffPrincipal staff) {
        return Response.status(201).entity(RegisterEntryView.of(register.record(ledgerId, line, staff.staffId())))
                .build();
    }

    private static boolean seesBalance(StaffPrincipal staff) {
        return staff.hasRole(Role.Names.PHARMACIST) || staff.hasRole(Role.Names.INSPECTOR);
    }
}
