package org.openhat.clinic.service.staff;

import java.time.Clock;
import java.time.Instant;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.staff.SecondSignerCredentials;
import org.openhat.clinic.core.staff.SignInRefused;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.core.staff.StaffSession;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.audit.Audits;

/**
 * The second person on a controlled-drug entry (second receiver, second counter, witness of waste,
 * a return, a correction or a dose, the authorised witness of a destruction) proves who they are
 * at that moment: with their own badge and PIN or username and password given with the request,
 * or by having signed in as witness beside this kiosk session. An id typed by the recorder is
 * never enough. Refusals name the {@value #FIELD} field; every signature given with credentials is
 * audited (the kiosk witness was audited when they signed in, and the entry names them).
 */
public class SecondSigners {
    public static final String FIELD = "secondSigner";

    private final SignInService signIn;
    private final Transactor transactor;
    private final Clock clock;

    public SecondSigners(SignInService signIn, Transactor transactor, Clock clock) {
        this.signIn = signIn;
        this.transactor = transactor;
        this.clock = clock;
    }

    /**
     * The authenticated second signer for {@code purpose} (a few words for the audit trail, no
     * patient details). Without credentials, the witness signed in beside the session, if any.
     */
    public StaffMember verify(StaffSession session, SecondSignerCredentials given, String purpose) {
        StaffMember signer = given == null ? sessionWitness(session) : authenticate(given);
        if (signer.id() == session.staff().id()) {
            throw new ValidationException(FIELD, "must be a second person, not the one making the entry");
        }
        if (given == null) {
            // The witness proved who they are when they signed in beside this session (audited then,
            // WITNESS_SIGNED_IN), and the entry they sign names them in its own hash-chained line, as a
            // register entry is its own audit line. A second audit line here would be a second commit,
            // a second fsync, on every witnessed dose and receipt (docs/performance.md, "The data path").
            return signer;
        }
        Instant now = clock.instant();
        transactor.inTransaction(tx -> {
            Audits.record(tx, now, session.staff().id(), AuditAction.SECOND_SIGNER_VERIFIED, "staff", signer.id(),
                    (given.byBadge() ? "badge and PIN" : "password") + " for " + purpose);
            return null;
        });
        return signer;
    }

    /** As {@link #verify}, but only when the line needs a second person; otherwise null. */
    public StaffMember verifyIfNeeded(boolean needed, StaffSession session, SecondSignerCredentials given,
                                      String purpose) {
        return needed || given != null ? verify(session, given, purpose) : null;
    }

    private static StaffMember sessionWitness(StaffSession session) {
        if (!session.hasWitness()) {
            throw new ValidationException(FIELD, "is required: the second person gives their own badge and PIN "
                    + "(or username and password), or signs in as witness at this kiosk first");
        }
        return session.witness();
    }

    private StaffMember authenticate(SecondSignerCredentials given) {
        if (!given.complete()) {
            throw new ValidationException(FIELD, "give either badgeCode and pin, or username and password");
        }
        try {
            return signIn.verifySecondSigner(given);
        } catch (SignInRefused refused) {
            // The same words a sign-in gets, which never say whether the name or the secret was wrong.
            throw new ValidationException(FIELD, "the second signer could not be authenticated: "
                    + refused.getMessage());
        }
    }
}
