package org.openhat.clinic.resources;

import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openhat.clinic.api.PublicKeyView;
import org.openhat.clinic.auth.StaffPrincipal;
import org.openhat.clinic.core.register.VerifyResult;
import org.openhat.clinic.core.register.checkpoint.CheckpointCheck;
import org.openhat.clinic.core.register.checkpoint.CheckpointExport;
import org.openhat.clinic.core.register.checkpoint.SigningKey;
import org.openhat.clinic.core.register.checkpoint.TrustedKey;
import org.openhat.clinic.core.register.safe.ReconciliationReport;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.service.register.RegisterVerifier;
import org.openhat.clinic.service.register.checkpoint.CheckpointService;
import org.openhat.clinic.service.register.print.RegisterExports;
import org.openhat.clinic.service.register.safe.ReconciliationService;

/** What pharmacists and inspectors audit: verification, checkpoints, exports and the safe reconciliation. */
@Path("/register")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegisterAuditResource {
    private final RegisterVerifier verifier;
    private final CheckpointService checkpoints;
    private final RegisterExports exports;
    private final ReconciliationService reconciliation;

    public RegisterAuditResource(RegisterVerifier verifier, CheckpointService checkpoints, RegisterExports exports,
                                 ReconciliationService reconciliation) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.exports = exports;
        this.reconciliation = reconciliation;
    }

    /**
     * Walks one ledger, or all of them, and names the first entry that does not match. Checkpoints
     * are accepted from the clinic's key, or only from the key an inspector pins by its fingerprint.
     */
    @GET
    @Path("/verify")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.INSPECTOR})
    public List<VerifyResult> verify(@QueryParam("ledger") Long ledgerId, @QueryParam("fingerprint") String fingerprint) {
        RegisterVerifier trusting = fingerprint == null ? verifier : verifier.trusting(TrustedKey.fingerprint(fingerprint));
        return ledgerId == null ? trusting.verifyAll() : List.of(trusting.verify(ledgerId));
    }

    /** The clinic's public key, its fingerprint and PEM: all an inspector needs to check checkpoints later. */
    @GET
    @Path("/public-key")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.INSPECTOR})
    public PublicKeyView publicKey() {
        SigningKey key = checkpoints.key();
        return new PublicKeyView(key.publicKeyBase64(), key.fingerprint(), key.publicKeyPem());
    }

    // Paths here stay out of /register/ledgers/...: JAX-RS would match RegisterResource's root first and 404.
    @POST
    @Path("/checkpoints")
    @RolesAllowed(Role.Names.PHARMACIST)
    public Response signCheckpoint(@Auth StaffPrincipal staff, @QueryParam("ledger") @NotNull Long ledgerId) {
        return Response.status(201).entity(checkpoints.sign(ledgerId, staff.staffId())).build();
    }

    @GET
    @Path("/checkpoints")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.INSPECTOR})
    public List<CheckpointExport> checkpoints(@QueryParam("ledger") @NotNull Long ledgerId) {
        return checkpoints.exports(ledgerId);
    }

    /** An inspector posts a checkpoint they were given earlier; the answer says whether the register still matches it. */
    @POST
    @Path("/checkpoints/check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.INSPECTOR})
    public CheckpointCheck check(@NotNull CheckpointExport export) {
        return checkpoints.check(export);
    }

    @GET
    @Path("/register.csv")
    @Produces("text/csv")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.INSPECTOR})
    public Response csv(@QueryParam("ledger") @NotNull Long id, @QueryParam("kind") String kind, @QueryParam("batch") String batch,
                        @QueryParam("from") String from, @QueryParam("to") String to) {
        var filter = Params.filter(kind, batch, from, to);
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            exports.csv(id, filter, writer);
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=register-" + id + ".csv").build();
    }

    /** The print-ready register: one ledger, or every ledger when none is named, each on its own pages. */
    @GET
    @Path("/register.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.INSPECTOR})
    public Response pdf(@QueryParam("ledger") Long ledgerId, @QueryParam("from") String from,
                        @QueryParam("to") String to) {
        var filter = Params.filter(null, null, from, to);
        StreamingOutput body = out -> exports.pdf(ledgerId, filter, out);
        return Response.ok(body).header("Content-Disposition", "inline; filename=register.pdf").build();
    }

    @GET
    @Path("/reconciliation")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.INSPECTOR})
    public ReconciliationReport reconciliation(@QueryParam("from") String from, @QueryParam("to") String to) {
        return reconciliation.report(Params.instant("from", from), Params.instant("to", to));
    }
}
