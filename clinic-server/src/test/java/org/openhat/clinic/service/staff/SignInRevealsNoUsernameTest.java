package org.openhat.clinic.service.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.core.staff.NewStaffMember;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.core.staff.SecretHasher;
import org.openhat.clinic.core.staff.SessionPolicy;
import org.openhat.clinic.core.staff.SignInRefused;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.testing.MutableClock;

/**
 * Someone guessing usernames or badge codes learns nothing from the answers: a name no account has
 * is refused with the same words, the same slow-down (429 after the same number of failures, for
 * the same wait) and the same lock as a real account, in about the same time; and the memory of
 * unknown names cannot be grown without bound. On a real SQLite file.
 */
class SignInRevealsNoUsernameTest {
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    private TestDatabase db;
    private final MutableClock clock = MutableClock.at("2026-10-25T00:30:00Z");
    private final SessionPolicy policy = SessionPolicy.defaults();
    private SignInService signIn;
    private StaffService staff;
    private StaffMember admin;

    /** What the person at the screen sees of one refusal: the words and how long they must wait. */
    private record Answer(String message, Duration retryAfter) {
    }

    @BeforeEach
    void openClinic() {
        db = TestDatabase.sqlite(dir);
        SecretHasher hasher = new SecretHasher();
        signIn = new SignInService(db.transactor(), hasher, policy, clock, 5);
        staff = new StaffService(db.transactor(), hasher, clock);
        admin = staff.create(new NewStaffMember("admin", "Admin", Set.of(Role.ADMIN), PASSWORD, null, null), null);
        staff.create(new NewStaffMember("nurse", "Nurse", Set.of(Role.NURSE), PASSWORD, "N0042", "4242"), admin.id());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Answer answer(Supplier<?> attempt) {
        try {
            attempt.get();
            return new Answer("signed in", Duration.ZERO);
        } catch (SignInRefused e) {
            return new Answer(e.getMessage(), e.retryAfter());
        }
    }

    /**
     * Pairs of wrong attempts half a second apart (the second meets any slow-down), the pairs ten
     * minutes apart so that failures keep counting, until past the lock.
     */
    private List<Answer> wrongPasswords(String username) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            answers.add(answer(() -> signIn.signInWithPassword(username, "wrong password")));
            clock.advance(i % 2 == 0 ? Duration.ofMillis(500) : Duration.ofMinutes(10));
        }
        clock.advance(Duration.ofHours(1));
        return answers;
    }

    @Test
    void aKnownAndAnUnknownUsernameAreRefusedAlikeAttemptByAttempt() {
        List<Answer> known = wrongPasswords("nurse");
        List<Answer> unknown = wrongPasswords("nobody.here");

        assertThat(unknown).isEqualTo(known);
        assertThat(known).extracting(Answer::retryAfter).anySatisfy(wait -> assertThat(wait).isPositive());
        assertThat(answer(() -> signIn.signInWithPassword("nobody.here", PASSWORD)))
                .isEqualTo(answer(() -> signIn.signInWithPassword("nurse", PASSWORD)));
    }

    @Test
    void theLockedMessageDoesNotSayAnAccountExists() {
        wrongPasswords("nurse");

        Answer locked = answer(() -> signIn.signInWithPassword("nurse", PASSWORD));
        assertThat(locked.message()).contains("locked").doesNotContainIgnoringCase("account");
    }

    @Test
    void aKnownAndAnUnknownBadgeAreRefusedAlikeAttemptByAttempt() {
        List<Answer> known = new ArrayList<>();
        List<Answer> unknown = new ArrayList<>();
        for (int i = 0; i < policy.badgeLockAfterWrongPins() + 2; i++) {
            known.add(answer(() -> signIn.signInWithBadge("N0042", "0000", 1)));
            unknown.add(answer(() -> signIn.signInWithBadge("N9999", "0000", 1)));
        }

        assertThat(unknown).isEqualTo(known);
        assertThat(known.get(known.size() - 1).message()).contains("locked");
    }

    @Test
    void aDisabledAccountIsNamedOnlyToSomeoneWhoKnowsThePassword() {
        long nurseId = staff.all().stream().filter(s -> s.username().equals("nurse")).findFirst().orElseThrow().id();
        staff.setEnabled(nurseId, false, admin.id());

        assertThat(answer(() -> signIn.signInWithPassword("nurse", "wrong password")))
                .isEqualTo(answer(() -> signIn.signInWithPassword("nobody.here", "wrong password")));
        assertThat(answer(() -> signIn.signInWithBadge("N0042", "0000", 1)))
                .isEqualTo(answer(() -> signIn.signInWithBadge("N9999", "0000", 1)));
        assertThat(answer(() -> signIn.signInWithPassword("nurse", PASSWORD)).message()).contains("disabled");
    }

    @Test
    void theMemoryOfUnknownUsernamesStaysWithinItsBound() {
        for (int i = 0; i < 20; i++) {
            String username = "made.up." + i;
            answer(() -> signIn.signInWithPassword(username, "wrong password"));
        }

        assertThat(signIn.unknownUsernamesRemembered()).isEqualTo(5);
    }

    @Test
    void anUnknownUsernameTakesAboutAsLongToRefuseAsAKnownOne() {
        long known = medianNanos(() -> signIn.signInWithPassword("nurse", "wrong password"));
        long unknown = medianNanos(() -> signIn.signInWithPassword("nobody.here", "wrong password"));

        // both hash a secret with argon2, which dominates; generous bounds for a busy CI machine
        assertThat(unknown).isBetween(known / 3, known * 3);
    }

    private long medianNanos(Supplier<?> attempt) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            answer(attempt);
            times.add(System.nanoTime() - start);
            clock.advance(Duration.ofMinutes(10)); // past any slow-down, so each attempt is really checked
        }
        times.sort(Long::compare);
        return times.get(1);
    }
}
