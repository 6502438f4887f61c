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
import org.openhat.clinic.api.SecondSigner;
import org.openhat.clinic.api.StockCountView;
import org.openhat.clinic.auth.StaffPrincipal;
import org.openhat.clinic.core.register.CountDue;
import org.openhat.clinic.core.register.RegisterEntry;
import org.openhat.clinic.core.register.RegisterLine;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.service.register.RegisterService;
import org.openhat.clinic.service.staff.SecondSigners;

/** Ledgers and writing to them. Administrations are written by the dosing flow, not here. */
@Path("/register/ledgers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegisterResource {
    private final RegisterService register;
    private final SecondSigners signers;

    public RegisterResource(RegisterService register, SecondSigners signers) {
        this.register = register;
        this.signers = signers;
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
    public Response receipt(@Auth StaffPrincipal staff, @PathParam("id") long id, @NotNull @Valid RecordReceipt r) {
        return created(id, r.line(second(staff, r.secondSigner(), "receipt", id)), staff);
    }

    @POST
    @Path("/{id}/waste")
    @RolesAllowed({Role.Names.NURSE, Role.Names.PHARMACIST})
    public Response waste(@Auth StaffPrincipal staff, @PathParam("id") long id, @NotNull @Valid RecordWaste r) {
        return created(id, r.line(second(staff, r.secondSigner(), "waste", id)), staff);
    }

    @POST
    @Path("/{id}/destructions")
    @RolesAllowed(Role.Names.PHARMACIST)
    public Response destruction(@Auth StaffPrincipal staff, @PathParam("id") long id,
                                @NotNull @Valid RecordDestruction r) {
        return created(id, r.line(second(staff, r.secondSigner(), "destruction", id)), staff);
    }

    @POST
    @Path("/{id}/returns")
    @RolesAllowed(Role.Names.PHARMACIST)
    public Response stockReturn(@Auth StaffPrincipal staff, @PathParam("id") long id, @NotNull @Valid RecordReturn r) {
        return created(id, r.line(second(staff, r.secondSigner(), "return", id)), staff);
    }

    /** Blind for everyone: the answer says whether the count matched, never the balance. */
    @POST
    @Path("/{id}/stock-checks")
    @RolesAllowed({Role.Names.NURSE, Role.Names.PHARMACIST})
    public Response stockCheck(@Auth StaffPrincipal staff, @PathParam("id") long id,
                               @NotNull @Valid RecordStockCheck r) {
        RegisterEntry count = register.record(id, r.line(second(staff, r.secondSigner(), "stock check", id)),
                staff.staffId());
        return Response.status(201).entity(StockCountView.of(count)).build();
    }

    /** A correction that moves stock needs a second signer; a note that moves nothing may have one. */
    @POST
    @Path("/{id}/corrections")
    @RolesAllowed({Role.Names.NURSE, Role.Names.PHARMACIST})
    public Response correction(@Auth StaffPrincipal staff, @PathParam("id") long id,
                               @NotNull @Valid RecordCorrection r) {
        StaffMember second = signers.verifyIfNeeded(r.adjustment() != 0, staff.session(),
                SecondSigner.credentials(r.secondSigner()), "correction, ledger " + id);
        var entry = register.correct(id, r.correctsSeq(), r.reason(), r.adjustment(), r.batch(),
                second == null ? null : second.id(), staff.staffId());
        return Response.status(201).entity(RegisterEntryView.of(entry, seesBalance(staff))).build();
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
        RegisterEntry entry = register.record(ledgerId, line, staff.staffId());
        return Response.status(201).entity(RegisterEntryView.of(entry, seesBalance(staff))).build();
    }

    /** The second person, authenticated now; their id goes in the line, never one typed in the request. */
    private long second(StaffPrincipal staff, SecondSigner given, String kind, long ledgerId) {
        return signers.verify(staff.session(), SecondSigner.credentials(given), kind + ", ledger " + ledgerId).id();
    }

    /** Nurses count the stock, so no answer to a nurse carries a balance, whatever other roles they hold. */
    private static boolean seesBalance(StaffPrincipal staff) {
        return !staff.hasRole(Role.Names.NURSE)
                && (staff.hasRole(Role.Names.PHARMACIST) || staff.hasRole(Role.Names.INSPECTOR));
    }
}
