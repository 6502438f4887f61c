package org.openhat.clinic.bench;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;

/**
 * The floor under RegisterAppendBenchmark: the statements of one append (lock and read the head,
 * the ledger, both signers, the batch balance, insert the entry, move the head, the audit line)
 * written by hand in plain JDBC on one connection, with no checks, no hashing and no JDBI, against
 * the raw single-row commit, interleaved in rounds on one SQLite file. It prints the time spent in
 * COMMIT too. {@code RegisterAppendFloor ROUNDS APPENDS [false]} (false leaves the audit line out).
 * See docs/performance.md, "Register".
 */
public final class RegisterAppendFloor {
    private static final String LEDGER = org.openhat.clinic.db.RegisterDao.LEDGER + " WHERE id = ?";

    private RegisterAppendFloor() {
    }

    public static void main(String[] args) throws Exception {
        RegisterBenchClinic clinic = new RegisterBenchClinic(Files.createTempDirectory("floor").resolve("clinic.db"), Clock.systemUTC());
        Connection raw = clinic.database.dataSource().getConnection();
        try (Statement s = raw.createStatement()) {
            s.execute("CREATE TABLE bench_raw (id INTEGER PRIMARY KEY AUTOINCREMENT, at BIGINT, payload TEXT)");
        }
        PreparedStatement ins = raw.prepareStatement("INSERT INTO bench_raw (at, payload) VALUES (?, ?)");
        Connection c = clinic.database.dataSource().getConnection();
        long ledger = clinic.ledger.id();
        int rounds = Integer.parseInt(args[0]), n = Integer.parseInt(args[1]);
        boolean audit = args.length > 2 ? Boolean.parseBoolean(args[2]) : true;
        long seq = 0, bal = 0, commitNs = 0;
        double[] r = new double[rounds], a = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) { ins.setLong(1, System.currentTimeMillis()); ins.setString(2, "Alliance Healthcare, Unit 4, Teesside Park, Stockton TS17 7BW; INV-" + i); ins.executeUpdate(); }
            long t1 = System.nanoTime(); commitNs = 0;
            for (int i = 0; i < n; i++) {
                c.setAutoCommit(false);
                try (PreparedStatement s = c.prepareStatement("UPDATE register_ledger_head SET last_seq = last_seq WHERE ledger_id = ? RETURNING ledger_id, last_seq, last_hash, balance, last_entry_at")) { s.setLong(1, ledger); try (ResultSet rs = s.executeQuery()) { rs.next(); seq = rs.getLong(2); bal = rs.getLong(4);} }
                try (PreparedStatement s = c.prepareStatement(LEDGER)) { s.setLong(1, ledger); try (ResultSet rs = s.executeQuery()) { rs.next(); } }
                try (PreparedStatement s = c.prepareStatement("SELECT s.id, r.role, s.display_name FROM staff s JOIN staff_role r ON r.staff_id = s.id WHERE (s.id = ? OR s.id = ?) AND s.enabled = TRUE")) { s.setLong(1, clinic.nurse); s.setLong(2, clinic.secondNurse); try (ResultSet rs = s.executeQuery()) { while (rs.next()) {} } }
                try (PreparedStatement s = c.prepareStatement("SELECT batch_balance FROM register_entry WHERE ledger_id = ? AND batch = ? ORDER BY seq DESC LIMIT 1")) { s.setLong(1, ledger); s.setString(2, "B1"); try (ResultSet rs = s.executeQuery()) { rs.next(); } }
                long now = System.currentTimeMillis();
                String h = String.format("%064x", seq + 1);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO register_entry (ledger_id, seq, kind, occurred_at, recorded_at, recorded_by, second_staff_id, ampoules, balance, batch, batch_balance, station_code, safe_request_ref, corrects_seq, details, prev_hash, hash) VALUES (?, ?, 'RECEIPT', ?, ?, ?, ?, 1, ?, 'B1', ?, 'KIOSK-1', NULL, NULL, ?, ?, ?)")) {
                    s.setLong(1, ledger); s.setLong(2, seq + 1); s.setLong(3, now); s.setLong(4, now); s.setLong(5, clinic.nurse); s.setLong(6, clinic.secondNurse); s.setLong(7, bal + 1); s.setLong(8, bal + 1);
                    s.setString(9, "supplier=Alliance Healthcare\naddress=Unit 4, Teesside Park, Stockton TS17 7BW\ninvoice=INV-1\nexpiry=2099-01-01\nrecorded_by_name=Amara Okoye RN\nsecond_staff_name=Ben Carter RN"); s.setString(10, h); s.setString(11, h); s.executeUpdate(); }
                try (PreparedStatement s = c.prepareStatement("UPDATE register_ledger_head SET last_seq = ?, last_hash = ?, balance = ?, last_entry_at = ? WHERE ledger_id = ?")) { s.setLong(1, seq + 1); s.setString(2, h); s.setLong(3, bal + 1); s.setLong(4, now); s.setLong(5, ledger); s.executeUpdate(); }
                if (audit) try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (at, staff_id, action, record_type, record_id, detail) VALUES (?, ?, 'REGISTER_ENTRY_MADE', 'register_entry', ?, ?)")) { s.setLong(1, now); s.setLong(2, clinic.nurse); s.setString(3, ledger + "/" + (seq + 1)); s.setString(4, "RECEIPT 1 ampoules"); s.executeUpdate(); }
                long tc = System.nanoTime();
                c.commit();
                commitNs += System.nanoTime() - tc;
                c.setAutoCommit(true);
            }
            long t2 = System.nanoTime();
            r[round] = (t1 - t0) / 1e3 / n; a[round] = (t2 - t1) / 1e3 / n;
            System.out.printf("round %2d: raw %.0f floor %.0f (commit %.0f) ratio %.0f%%%n", round, r[round], a[round], commitNs / 1e3 / n, 100 * r[round] / a[round]);
        }
        double[] rr = Arrays.copyOfRange(r, rounds / 2, rounds), aa = Arrays.copyOfRange(a, rounds / 2, rounds);
        Arrays.sort(rr); Arrays.sort(aa);
        System.out.printf("medians of the second half: raw %.0f floor %.0f ratio %.0f%%; best raw %.0f best floor %.0f%n", rr[rr.length / 2], aa[aa.length / 2], 100 * rr[rr.length / 2] / aa[aa.length / 2], rr[0], aa[0]);
        clinic.close();
    }
}
