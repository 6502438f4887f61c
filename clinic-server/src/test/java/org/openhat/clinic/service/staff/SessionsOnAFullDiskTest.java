package org.openhat.clinic.service.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.core.DiskFullException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.audit.AuditEvent;
import org.openhat.clinic.core.staff.NewStaffMember;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.core.staff.SecretHasher;
import org.openhat.clinic.core.staff.SessionPolicy;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.db.AuditDao;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.testing.MutableClock;

/**
 * Sessions on a disk that is really full: the database lives on a small tmpfs filled to the last
 * byte, with its write-ahead log truncated first, so that every write, however small, needs room
 * the disk does not have and SQLite answers SQLITE_FULL. Requests still authenticate (the
 * last-seen time is skipped), sign-out still works (held in memory) and is written as soon as
 * there is space. Mounting needs root, as CI runs; elsewhere the test is skipped and
 * {@code DiskFullTest} covers the rest over HTTP with SQLite's own page cap.
 */
class SessionsOnAFullDiskTest {
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    private Path mount;
    private Path filler;
    private TestDatabase db;
    private final MutableClock clock = MutableClock.at("2026-10-25T09:30:00Z");
    private SignInService signIn;
    private SessionService sessions;
    private StaffMember nurse;

    @BeforeEach
    void openClinicOnASmallDisk() throws Exception {
        mount = Files.createDirectories(dir.resolve("disk"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString()),
                "mounting a tmpfs needs root");
        filler = mount.resolve("filler");
        db = TestDatabase.sqlite(mount);
        SecretHasher hasher = new SecretHasher();
        SessionPolicy policy = SessionPolicy.defaults();
        signIn = new SignInService(db.transactor(), hasher, policy, clock);
        sessions = new SessionService(db.transactor(), policy, clock);
        StaffService staff = new StaffService(db.transactor(), hasher, clock);
        nurse = staff.create(new NewStaffMember("nurse", "Nurse", Set.of(Role.NURSE), PASSWORD, "N0042", "4242"), null);
    }

    @AfterEach
    void unmount() throws Exception {
        if (db != null) {
            db.close();
        }
        run("umount", mount.toString());
    }

    @Test
    void requestsStillAuthenticateWhenDiskIsFull() throws IOException {
        String token = signIn.signInWithPassword("nurse", PASSWORD).token();
        fillTheDisk();
        clock.advance(Duration.ofSeconds(30)); // time to note the session as seen again: a write

        assertThat(sessions.authenticate(token)).isPresent();
    }

    @Test
    void signOutWorksWhenDiskIsFullAndIsWrittenOnceThereIsSpace() throws IOException {
        String leaving = signIn.signInWithPassword("nurse", PASSWORD).token();
        String staying = signIn.signInWithPassword("nurse", PASSWORD).token();
        fillTheDisk();

        sessions.signOut(leaving, nurse.id());
        assertThat(sessions.authenticate(leaving)).isEmpty();

        Files.delete(filler);
        assertThat(sessions.authenticate(staying)).isPresent();
        assertThat(sessions.authenticate(leaving)).isEmpty();
        List<AuditEvent> audit = db.transactor().read(tx -> tx.dao(AuditDao.class)
                .forRecord("staff", Long.toString(nurse.id())));
        assertThat(audit).extracting(AuditEvent::action).contains(AuditAction.SIGN_OUT);
        long ended = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM staff_session WHERE ended_at IS NOT NULL").mapTo(Long.class).one());
        assertThat(ended).isEqualTo(1);
    }

    @Test
    void aWriteOnAFullDiskIsAClearRefusalAndSucceedsOnceThereIsSpace() throws IOException {
        fillTheDisk();

        assertThatThrownBy(() -> signIn.signInWithPassword("nurse", PASSWORD))
                .isInstanceOf(DiskFullException.class).hasMessage("the server's disk is full: nothing was recorded");

        Files.delete(filler);
        assertThat(signIn.signInWithPassword("nurse", PASSWORD).token()).isNotBlank();
    }

    /** Empties the write-ahead log into the database, then fills every byte the filesystem has left. */
    private void fillTheDisk() throws IOException {
        db.jdbi().useHandle(h -> h.createQuery("PRAGMA wal_checkpoint(TRUNCATE)").mapToMap().list());
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // no space left on the device: exactly what the test wants
        }
        try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.APPEND)) {
            for (int i = 0; i < 4096; i++) {
                out.write(0);
                out.flush();
            }
        } catch (IOException full) {
            // the last bytes of the last block
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor() == 0;
    }
}
