package org.openhat.clinic.service.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.audit.AuditEvent;
import org.openhat.clinic.core.staff.NewStaffMember;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.core.staff.SecondSignerCredentials;
import org.openhat.clinic.core.staff.SecretHasher;
import org.openhat.clinic.core.staff.SessionPolicy;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.core.staff.StaffSession;
import org.openhat.clinic.db.AuditDao;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.testing.MutableClock;

/** The second person on a controlled-drug entry authenticates as at sign-in, on a real database. */
class SecondSignersTest {
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    private TestDatabase db;
    private final MutableClock clock = MutableClock.at("2026-11-23T08:30:00Z");
    private final SessionPolicy policy = SessionPolicy.defaults();
    private SignInService signIn;
    private SecondSigners signers;
    private StaffService staff;
    private StaffMember pharmacist;
    private StaffSession kiosk;

    @BeforeEach
    void openClinic() {
        db = TestDatabase.sqlite(dir);
        SecretHasher hasher = new SecretHasher();
        signIn = new SignInService(db.transactor(), hasher, policy, clock);
        signers = new SecondSigners(signIn, db.transactor(), clock);
        staff = new StaffService(db.transactor(), hasher, clock);
        StaffMember admin = staff.create(new NewStaffMember("admin", "Admin", Set.of(Role.ADMIN), PASSWORD, null,
                null), null);
        staff.create(new NewStaffMember("nurse", "Nurse", Set.of(Role.NURSE), PASSWORD, "N0042", "4242"), admin.id());
        pharmacist = staff.create(new NewStaffMember("pharmacist", "Pharmacist", Set.of(Role.PHARMACIST), PASSWORD,
                "P0001", "2468"), admin.id());
        kiosk = signIn.signInWithBadge("N0042", "4242", 1).session();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static void refusedOnSecondSigner(Runnable call, String words) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("secondSigner");
            assertThat(e.reason()).contains(words);
        });
    }

    private List<AuditEvent> audit() {
        return db.jdbi().withExtension(AuditDao.class, a -> a.latest(100));
    }

    @Test
    void aSecondSignerAuthenticatesWithBadgeAndPinOrPasswordAndEachSignatureIsAudited() {
        StaffMember byBadge = signers.verify(kiosk, new SecondSignerCredentials("P0001", "2468", null, null), "receipt");
        StaffMember byPassword = signers.verify(kiosk,
                new SecondSignerCredentials(null, null, "pharmacist", PASSWORD), "stock check");

        assertThat(byBadge.id()).isEqualTo(pharmacist.id());
        assertThat(byPassword.id()).isEqualTo(pharmacist.id());
        assertThat(audit()).filteredOn(e -> e.action() == AuditAction.SECOND_SIGNER_VERIFIED)
                .extracting(AuditEvent::detail)
                .containsExactlyInAnyOrder("badge and PIN for receipt", "password for stock check");
        long sessions = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM staff_session")
                .mapTo(Long.class).one());
        assertThat(sessions).as("a second signature starts no session").isEqualTo(1);
    }

    @Test
    void wrongPasswordsOfASecondSignerSlowDownAndLockTheirAccountAsAtSignIn() {
        for (int i = 0; i < policy.passwordLockAfter(); i++) {
            clock.advance(Duration.ofMinutes(10));
            refusedOnSecondSigner(() -> signers.verify(kiosk,
                    new SecondSignerCredentials(null, null, "pharmacist", "wrong"), "receipt"), "Wrong username");
        }

        refusedOnSecondSigner(() -> signers.verify(kiosk,
                new SecondSignerCredentials(null, null, "pharmacist", PASSWORD), "receipt"), "locked");
        assertThatThrownBy(() -> signIn.signInWithPassword("pharmacist", PASSWORD)).hasMessageContaining("locked");
        assertThat(audit()).extracting(AuditEvent::action).contains(AuditAction.PASSWORD_LOCKED)
                .doesNotContain(AuditAction.SECOND_SIGNER_VERIFIED);
    }

    @Test
    void withoutCredentialsTheWitnessSignedInBesideTheKioskSignsWithoutASecondAuditLineAndWithoutOneNobodyDoes() {
        refusedOnSecondSigner(() -> signers.verify(kiosk, null, "waste"), "is required");

        StaffMember witness = signers.verify(kiosk.witnessedBy(pharmacist), null, "waste");

        assertThat(witness.id()).isEqualTo(pharmacist.id());
        // their sign-in beside the kiosk was the audited proof; the entry they sign names them
        assertThat(audit()).extracting(AuditEvent::action).doesNotContain(AuditAction.SECOND_SIGNER_VERIFIED);
    }

    @Test
    void refusesTheRecorderAsTheirOwnSecondSignerAndCredentialsThatAreIncompleteOrMixed() {
        refusedOnSecondSigner(() -> signers.verify(kiosk, new SecondSignerCredentials("N0042", "4242", null, null),
                "receipt"), "second person");
        refusedOnSecondSigner(() -> signers.verify(kiosk, new SecondSignerCredentials("P0001", null, null, null),
                "receipt"), "badgeCode and pin, or username and password");
        refusedOnSecondSigner(() -> signers.verify(kiosk, new SecondSignerCredentials("P0001", "2468", "pharmacist",
                PASSWORD), "receipt"), "badgeCode and pin, or username and password");
    }

    @Test
    void theCredentialsNeverPrintTheirSecrets() {
        assertThat(new SecondSignerCredentials("P0001", "2468", null, null).toString()).doesNotContain("2468");
        assertThat(new SecondSignerCredentials(null, null, "pharmacist", PASSWORD).toString())
                .doesNotContain(PASSWORD);
    }
}
