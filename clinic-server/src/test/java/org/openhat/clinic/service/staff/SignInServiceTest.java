package org.openhat.clinic.service.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.audit.AuditEvent;
import org.openhat.clinic.core.dispensing.DoseWitnessRule;
import org.openhat.clinic.core.staff.NewStaffMember;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.core.staff.SecretHasher;
import org.openhat.clinic.core.staff.SessionKind;
import org.openhat.clinic.core.staff.SessionPolicy;
import org.openhat.clinic.core.staff.SignInRefused;
import org.openhat.clinic.core.staff.SignedIn;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.core.staff.StaffSession;
import org.openhat.clinic.core.stations.StationAccessRefused;
import org.openhat.clinic.db.AuditDao;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.testing.MutableClock;

class SignInServiceTest {
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    private TestDatabase db;
    private final MutableClock clock = MutableClock.at("2026-10-25T00:30:00Z");
    private final SessionPolicy policy = SessionPolicy.defaults();
    private SignInService signIn;
    private SessionService sessions;
    private StaffService staff;
    private StaffMember nurse;
    private StaffMember admin;

    @BeforeEach
    void openClinic() {
        db = TestDatabase.sqlite(dir);
        SecretHasher hasher = new SecretHasher();
        signIn = new SignInService(db.transactor(), hasher, policy, clock);
        sessions = new SessionService(db.transactor(), policy, clock);
        staff = new StaffService(db.transactor(), hasher, clock);
        admin = staff.create(new NewStaffMember("admin", "Admin", Set.of(Role.ADMIN), PASSWORD, null, null), null);
        nurse = staff.create(new NewStaffMember("nurse", "Nurse", Set.of(Role.NURSE), PASSWORD, "N0042", "4242"), admin.id());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void signsInWithTheRightPasswordAndKnowsTheSessionByItsToken() {
        SignedIn signedIn = signIn.signInWithPassword("nurse", PASSWORD);

        assertThat(signedIn.token()).hasSizeGreaterThanOrEqualTo(22);
        assertThat(sessions.authenticate(signedIn.token())).hasValueSatisfying(s -> {
            assertThat(s.staff().id()).isEqualTo(nurse.id());
            assertThat(s.kind()).isEqualTo(SessionKind.OFFICE);
        });
    }

    @Test
    void givesEverySignInAFreshToken() {
        assertThat(signIn.signInWithPassword("nurse", PASSWORD).token())
                .isNotEqualTo(signIn.signInWithPassword("nurse", PASSWORD).token());
    }

    @Test
    void storesOnlyTheHashOfTheToken() {
        String token = signIn.signInWithPassword("nurse", PASSWORD).token();

        long stored = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM staff_session WHERE token_hash = :t")
                .bind("t", token).mapTo(Long.class).one());
        assertThat(stored).isZero();
    }

    @Test
    void refusesAWrongPasswordWithoutSayingWhichPartWasWrong() {
        assertThatThrownBy(() -> signIn.signInWithPassword("nurse", "wrong password!"))
                .isInstanceOf(SignInRefused.class).hasMessage("Wrong username or password");
        assertThatThrownBy(() -> signIn.signInWithPassword("nobody", PASSWORD))
                .isInstanceOf(SignInRefused.class).hasMessage("Wrong username or password");
    }

    @Test
    void slowsDownPasswordAttemptsAfterRepeatedFailures() {
        for (int i = 0; i < policy.passwordSlowdownAfter(); i++) {
            assertThatThrownBy(() -> signIn.signInWithPassword("nurse", "wrong")).isInstanceOf(SignInRefused.class);
        }

        assertThatThrownBy(() -> signIn.signInWithPassword("nurse", PASSWORD))
                .isInstanceOfSatisfying(SignInRefused.class, e -> assertThat(e.retryAfter()).isPositive());
        clock.advance(Duration.ofSeconds(2));
        assertThat(signIn.signInWithPassword("nurse", PASSWORD).token()).isNotBlank();
    }

    @Test
    void locksPasswordSignInAfterTooManyFailuresUntilAnAdminUnlocks() {
        for (int i = 0; i < policy.passwordLockAfter(); i++) {
            clock.advance(Duration.ofMinutes(10));
            assertThatThrownBy(() -> signIn.signInWithPassword("nurse", "wrong")).isInstanceOf(SignInRefused.class);
        }
        clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> signIn.signInWithPassword("nurse", PASSWORD)).hasMessageContaining("locked");
        staff.unlockPassword(nurse.id(), admin.id());
        assertThat(signIn.signInWithPassword("nurse", PASSWORD).token()).isNotBlank();
        assertThat(actions()).contains(AuditAction.PASSWORD_LOCKED, AuditAction.PASSWORD_UNLOCKED);
    }

    @Test
    void locksTheBadgeAfterFiveWrongPinsInARowEvenIfTheSixthIsRight() {
        long station = 1;
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.signInWithBadge("N0042", "0000", station)).isInstanceOf(SignInRefused.class);
        }

        assertThatThrownBy(() -> signIn.signInWithBadge("N0042", "4242", station)).hasMessageContaining("locked");
        staff.unlockBadge(nurse.id(), admin.id());
        assertThat(signIn.signInWithBadge("N0042", "4242", station).session().kind()).isEqualTo(SessionKind.KIOSK);
        assertThat(actions()).contains(AuditAction.BADGE_LOCKED, AuditAction.BADGE_UNLOCKED);
    }

    @Test
    void aRightPinResetsTheCountOfWrongOnes() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn.signInWithBadge("N0042", "0000", 1)).isInstanceOf(SignInRefused.class);
        }
        signIn.signInWithBadge("N0042", "4242", 1);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn.signInWithBadge("N0042", "0000", 1)).isInstanceOf(SignInRefused.class);
        }

        assertThat(signIn.signInWithBadge("N0042", "4242", 1).token()).isNotBlank();
    }

    @Test
    void endsAKioskSessionAfterTwoMinutesIdleButKeepsAnActiveOne() {
        String token = signIn.signInWithBadge("N0042", "4242", 1).token();

        clock.advance(Duration.ofSeconds(100));
        assertThat(sessions.authenticate(token)).isPresent();
        clock.advance(Duration.ofSeconds(100));
        assertThat(sessions.authenticate(token)).isPresent();
        clock.advance(Duration.ofMinutes(2));
        assertThat(sessions.authenticate(token)).isEmpty();
    }

    @Test
    void endsAnOfficeSessionAfterFifteenMinutesIdle() {
        String token = signIn.signInWithPassword("nurse", PASSWORD).token();

        clock.advance(Duration.ofMinutes(15));

        assertThat(sessions.authenticate(token)).isEmpty();
    }

    @Test
    void endsAnOfficeSessionAfterTwelveHoursHoweverBusy() {
        String token = signIn.signInWithPassword("nurse", PASSWORD).token();
        for (int i = 0; i < 12 * 6 - 1; i++) {
            clock.advance(Duration.ofMinutes(10));
            assertThat(sessions.authenticate(token)).as("after %d minutes", (i + 1) * 10).isPresent();
        }

        clock.advance(Duration.ofMinutes(10));

        assertThat(sessions.authenticate(token)).isEmpty();
    }

    @Test
    void signOutEndsTheSessionOnTheServer() {
        String token = signIn.signInWithPassword("nurse", PASSWORD).token();

        sessions.signOut(token, nurse.id());

        assertThat(sessions.authenticate(token)).isEmpty();
    }

    @Test
    void disablingSomeoneEndsTheirSessionsAtOnceAndBarsSignIn() {
        String office = signIn.signInWithPassword("nurse", PASSWORD).token();
        String kiosk = signIn.signInWithBadge("N0042", "4242", 1).token();

        staff.setEnabled(nurse.id(), false, admin.id());

        assertThat(sessions.authenticate(office)).isEmpty();
        assertThat(sessions.authenticate(kiosk)).isEmpty();
        assertThatThrownBy(() -> signIn.signInWithPassword("nurse", PASSWORD)).hasMessageContaining("disabled");
    }

    @Test
    void auditsSignInsAndFailures() {
        signIn.signInWithPassword("nurse", PASSWORD);
        assertThatThrownBy(() -> signIn.signInWithPassword("nurse", "wrong")).isInstanceOf(SignInRefused.class);

        assertThat(actions()).contains(AuditAction.SIGN_IN, AuditAction.SIGN_IN_FAILED);
    }

    @Test
    void aWitnessSignsInBesideAKioskSessionAndShowsOnIt() {
        staff.create(new NewStaffMember("witness", "Witness", Set.of(Role.NURSE), PASSWORD, "N0107", "1077"), admin.id());
        SignedIn kiosk = signIn.signInWithBadge("N0042", "4242", 1);

        signIn.signInWitness(kiosk.token(), kiosk.session(), "N0107", "1077", DoseWitnessRule.DEFAULT);

        StaffSession session = sessions.authenticate(kiosk.token()).orElseThrow();
        assertThat(session.hasWitness()).isTrue();
        assertThat(session.witness().username()).isEqualTo("witness");
        sessions.endWitness(kiosk.token(), nurse.id());
        assertThat(sessions.authenticate(kiosk.token()).orElseThrow().hasWitness()).isFalse();
    }

    @Test
    void refusesTheNurseAsTheirOwnWitness() {
        SignedIn kiosk = signIn.signInWithBadge("N0042", "4242", 1);

        assertThatThrownBy(() -> signIn.signInWitness(kiosk.token(), kiosk.session(), "N0042", "4242", DoseWitnessRule.DEFAULT))
                .hasMessageContaining("different member of staff");
        assertThat(sessions.authenticate(kiosk.token()).orElseThrow().hasWitness()).isFalse();
    }

    @Test
    void refusesAWitnessBesideAnOfficeSession() {
        SignedIn office = signIn.signInWithPassword("nurse", PASSWORD);

        assertThatThrownBy(() -> signIn.signInWitness(office.token(), office.session(), "N0042", "4242", DoseWitnessRule.DEFAULT))
                .hasMessageContaining("kiosk");
    }

    @Test
    void aWitnessesWrongPinsCountTowardsTheirBadgeLock() {
        staff.create(new NewStaffMember("witness", "Witness", Set.of(Role.NURSE), PASSWORD, "N0107", "1077"), admin.id());
        SignedIn kiosk = signIn.signInWithBadge("N0042", "4242", 1);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.signInWitness(kiosk.token(), kiosk.session(), "N0107", "0000", DoseWitnessRule.DEFAULT))
                    .isInstanceOf(SignInRefused.class);
        }

        assertThatThrownBy(() -> signIn.signInWitness(kiosk.token(), kiosk.session(), "N0107", "1077", DoseWitnessRule.DEFAULT))
                .hasMessageContaining("locked");
    }

    @Test
    void refusesAPrescriberAsKioskWitnessUnderTheDefaultRule() {
        staff.create(new NewStaffMember("doctor", "Doctor", Set.of(Role.PRESCRIBER), PASSWORD, "D0007", "7007"),
                admin.id());
        SignedIn kiosk = signIn.signInWithBadge("N0042", "4242", 1);

        assertThatThrownBy(() -> signIn.signInWitness(kiosk.token(), kiosk.session(), "D0007", "7007",
                DoseWitnessRule.DEFAULT)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("the witness of a dose must be a second nurse or pharmacist");
        assertThat(sessions.authenticate(kiosk.token()).orElseThrow().hasWitness()).isFalse();
    }

    @Test
    void acceptsAPrescriberAsKioskWitnessWhenTheClinicsRuleNamesPrescribers() {
        staff.create(new NewStaffMember("doctor", "Doctor", Set.of(Role.PRESCRIBER), PASSWORD, "D0007", "7007"),
                admin.id());
        SignedIn kiosk = signIn.signInWithBadge("N0042", "4242", 1);

        signIn.signInWitness(kiosk.token(), kiosk.session(), "D0007", "7007",
                new DoseWitnessRule(Set.of(Role.NURSE, Role.PHARMACIST, Role.PRESCRIBER)));

        assertThat(sessions.authenticate(kiosk.token()).orElseThrow().witness().username()).isEqualTo("doctor");
    }

    @Test
    void refusesKioskSignInToSomeoneWithNothingToDoAtAKioskAndStartsNoSession() {
        staff.create(new NewStaffMember("reid", "Inspector", Set.of(Role.INSPECTOR), PASSWORD, "I0001", "1111"),
                admin.id());

        assertThatThrownBy(() -> signIn.signInWithBadge("I0001", "1111", 1)).isInstanceOf(StationAccessRefused.class)
                .hasMessage("A kiosk is for nurses, pharmacists and prescribers: "
                        + "sign in at the office with your username and password");
        assertThat(actions()).doesNotContain(AuditAction.SIGN_IN);
    }

    private java.util.List<AuditAction> actions() {
        return db.jdbi().withExtension(AuditDao.class, a -> a.latest(100)).stream().map(AuditEvent::action).toList();
    }
}
