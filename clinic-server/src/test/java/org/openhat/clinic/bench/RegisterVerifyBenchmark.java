package org.openhat.clinic.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.openhat.clinic.core.register.CanonicalEntry;
import org.openhat.clinic.core.register.Details;
import org.openhat.clinic.core.register.EntryKind;
import org.openhat.clinic.core.register.LedgerHead;
import org.openhat.clinic.core.register.RegisterEntry;
import org.openhat.clinic.core.register.VerifyResult;
import org.openhat.clinic.db.JdbiTransactor;
import org.openhat.clinic.service.register.RegisterVerifier;

/**
 * Builds a ledger of N entries (one receipt, then administrations with real-looking legal fields),
 * writes the canonical bytes of every entry to canonical.bin, then times {@code sha256sum} over
 * that file and RegisterVerifier over the database. The issue asks for verify < 3x sha256sum.
 * Arguments: folder [entries, default 1000000]. Leaves clinic.db, clinic.yml and canonical.bin
 * in the folder so {@code java -jar openhat-clinic.jar register verify folder/clinic.yml} can be
 * timed too.
 */
public final class RegisterVerifyBenchmark {
    private static final String[][] PATIENTS = {
        {"Daniel Hughes", "12 Linthorpe Road, Middlesbrough TS1 3QY"},
        {"Karen Walsh", "Flat 4, 88 Borough Road, Middlesbrough TS1 2HJ"},
        {"Michael O'Neill", "3 Marton Road, Middlesbrough TS4 2ND"},
        {"Craig Robson", "Hostel, 5 Grange Road, Middlesbrough TS1 5AU"},
    };

    private RegisterVerifyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int entries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Files.createDirectories(dir);
        Instant start = Instant.parse("2026-11-23T08:00:00Z");
        long ledgerId;
        try (RegisterBenchClinic clinic = new RegisterBenchClinic(dir.resolve("clinic.db"),
                Clock.fixed(start, ZoneOffset.UTC))) {
            ledgerId = clinic.ledger.id();
            long t0 = System.nanoTime();
            load(clinic, entries, start, dir.resolve("canonical.bin"));
            System.out.printf("loaded %d entries in %.1f s%n", entries, (System.nanoTime() - t0) / 1e9);
        }
        Files.writeString(dir.resolve("clinic.yml"), "database:\n  type: sqlite\n  file: "
                + dir.resolve("clinic.db").toAbsolutePath() + "\nregister:\n  signingKeyFile: "
                + dir.resolve("none.key").toAbsolutePath() + "\nlogging:\n  level: WARN\n");
        for (int round = 1; round <= 3; round++) {
            double sha = timeSha256sum(dir.resolve("canonical.bin"));
            double verify = timeVerify(dir, ledgerId);
            System.out.printf("round %d: sha256sum %.2f s, register verify (in process) %.2f s, ratio %.2f (target < 3)%n",
                    round, sha, verify, verify / sha);
        }
    }

    private static void load(RegisterBenchClinic clinic, int entries, Instant start, Path canonicalFile) throws Exception {
        long ledgerId = clinic.ledger.id();
        String prev = LedgerHead.GENESIS;
        long balance = 0;
        try (Connection c = clinic.database.dataSource().getConnection();
             OutputStream canonical = new BufferedOutputStream(Files.newOutputStream(canonicalFile), 1 << 20);
             PreparedStatement insert = c.prepareStatement("INSERT INTO register_entry (ledger_id, seq, kind, "
                     + "occurred_at, recorded_at, recorded_by, second_staff_id, ampoules, balance, batch, batch_balance,"
                     + " station_code, safe_request_ref, corrects_seq, details, prev_hash, hash)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (long seq = 1; seq <= entries; seq++) {
                Instant at = start.plus(Duration.ofMillis(seq * 50));
                boolean first = seq == 1;
                long ampoules = first ? entries : -1;
                balance += ampoules;
                String[] patient = PATIENTS[(int) (seq % PATIENTS.length)];
                Details details = Details.of().put("recorded_by_name", "Amara Okoye RN")
                        .put("second_staff_name", "Ben Carter RN");
                details = first
                        ? details.put("supplier_name", "Alliance Healthcare")
                                .put("supplier_address", "Unit 4, Teesside Park, Stockton TS17 7BW")
                                .put("invoice", "INV-1").put("expiry", "2099-01-01")
                        : details.put("patient_id", seq % 15 + 1).put("patient_name", patient[0])
                                .put("patient_address", patient[1]).put("prescriber_id", 1)
                                .put("prescriber_name", "Dr Priya Patel").put("dose_mg", 40 + seq % 60)
                                .put("dose_ref", "D" + seq);
                RegisterEntry unsigned = new RegisterEntry(ledgerId, seq, first ? EntryKind.RECEIPT : EntryKind.ADMINISTRATION,
                        at, at, clinic.nurse, clinic.secondNurse, ampoules, balance, "B1", balance, "KIOSK-1",
                        "REQ-" + seq, null, details.text(), prev, null);
                byte[] bytes = CanonicalEntry.bytes(unsigned);
                canonical.write(bytes);
                String hash = CanonicalEntry.hex(CanonicalEntry.digest().digest(bytes));
                bind(insert, unsigned, hash);
                insert.addBatch();
                prev = hash;
                if (seq % 10_000 == 0 || seq == entries) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            c.commit();
        }
    }

    private static void bind(PreparedStatement insert, RegisterEntry e, String hash) throws Exception {
        insert.setLong(1, e.ledgerId());
        insert.setLong(2, e.seq());
        insert.setString(3, e.kind().name());
        insert.setLong(4, e.occurredAt().toEpochMilli());
        insert.setLong(5, e.recordedAt().toEpochMilli());
        insert.setLong(6, e.recordedBy());
        insert.setLong(7, e.secondStaffId());
        insert.setLong(8, e.ampoules());
        insert.setLong(9, e.balance());
        insert.setString(10, e.batch());
        insert.setLong(11, e.batchBalance());
        insert.setString(12, e.stationCode());
        insert.setString(13, e.safeRequestRef());
        insert.setString(14, e.details());
        insert.setString(15, e.prevHash());
        insert.setString(16, hash);
    }

    private static double timeSha256sum(Path file) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("sha256sum", file.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("sha256sum failed");
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double timeVerify(Path dir, long ledgerId) {
        RegisterBenchClinic.Reopened db = RegisterBenchClinic.reopen(dir.resolve("clinic.db"));
        try {
            long t0 = System.nanoTime();
            VerifyResult result = new RegisterVerifier(new JdbiTransactor(db.database().jdbi()), null).verify(ledgerId);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (!result.intact()) {
                throw new IllegalStateException(result.describe());
            }
            return seconds;
        } finally {
            db.database().close();
        }
    }
}
