package org.openhat.clinic.core.register;

import com.codahale.metrics.MetricRegistry;
import org.openhat.clinic.service.register.RegisterService;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.Jdbi;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.db.ClinicDatabase;
import org.openhat.clinic.db.JdbiTransactor;
import org.openhat.clinic.db.ProductDao;
import org.openhat.clinic.db.SqliteDatabaseFactory;
import org.openhat.clinic.db.StaffDao;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.testing.MutableClock;

/** The demo clinic on a real database, with an open 100 mg ledger and builders for valid lines of each kind. */
public final class RegisterFixture implements AutoCloseable {
    public static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    public final ClinicDatabase database;
    public final TestDatabase.Backend backend;
    private final AutoCloseable closer;
    public final MutableClock clock = new MutableClock(START);
    public final RegisterService register;
    public final long nurse;
    public final long secondNurse;
    public final long pharmacist;
    public final long inspector;
    public final long product100;
    public final long product500;
    public final Ledger ledger;

    private RegisterFixture(TestDatabase.Backend backend, ClinicDatabase database, AutoCloseable closer) {
        this(backend, database, closer, true);
    }

    /** Reopens a fixture's SQLite file as it is (after a crash, say), adding nothing. */
    public static RegisterFixture reopen(Path dir) {
        SqliteDatabaseFactory factory = new SqliteDatabaseFactory();
        factory.setFile(dir.resolve("clinic.db").toString());
        ClinicDatabase database = ClinicDatabase.open(factory, new MetricRegistry());
        return new RegisterFixture(TestDatabase.Backend.SQLITE, database, database::close, false);
    }

    private RegisterFixture(TestDatabase.Backend backend, ClinicDatabase database, AutoCloseable closer, boolean fresh) {
        this.backend = backend;
        this.database = database;
        this.closer = closer;
        if (!fresh) {
            register = new RegisterService(transactor(), clock, "MAIN");
            nurse = staff("nurse.amara");
            secondNurse = staff("nurse.ben");
            pharmacist = staff("pharm.okafor");
            inspector = staff("inspector.reid");
            product100 = jdbi().withExtension(ProductDao.class, p -> p.findByGtin("05012345678900").orElseThrow().id());
            product500 = jdbi().withExtension(ProductDao.class, p -> p.findByGtin("05012345678917").orElseThrow().id());
            ledger = transactor().inTransaction(tx -> register.ledgerForProduct(tx, product100));
            return;
        }
        register = new RegisterService(transactor(), clock, "MAIN");
        // Rows straight into the tables: the demo seed hashes passwords, which costs seconds per test.
        nurse = addStaff("nurse.amara", "Amara Okoye RN", Role.NURSE);
        secondNurse = addStaff("nurse.ben", "Ben Carter RN", Role.NURSE);
        pharmacist = addStaff("pharm.okafor", "Tunde Okafor MRPharmS", Role.PHARMACIST);
        inspector = addStaff("inspector.reid", "Morag Reid", Role.INSPECTOR);
        product100 = jdbi().withExtension(ProductDao.class, p -> p.insert("05012345678900",
                "Diamorphine hydrochloride 100 mg powder for solution for injection", 100,
                "powder for injection, ampoule", "diamorphine hydrochloride", START, pharmacist));
        product500 = jdbi().withExtension(ProductDao.class, p -> p.insert("05012345678917",
                "Diamorphine hydrochloride 500 mg powder for solution for injection", 500,
                "powder for injection, ampoule", "diamorphine hydrochloride", START, pharmacist));
        ledger = register.openLedger(product100, pharmacist);
    }

    /** On SQLite, a copy of the migrated template file: applying the changelog afresh for every test costs seconds. */
    public static RegisterFixture sqlite(Path dir) {
        return on(TestDatabase.Backend.SQLITE, dir);
    }

    public static RegisterFixture on(TestDatabase.Backend backend, Path dir) {
        return on(backend, dir, sqlite -> { });
    }

    /** {@code sqliteSettings} as in {@link TestDatabase#create(TestDatabase.Backend, Path, java.util.function.Consumer)}. */
    public static RegisterFixture on(TestDatabase.Backend backend, Path dir,
                                     java.util.function.Consumer<SqliteDatabaseFactory> sqliteSettings) {
        TestDatabase db = TestDatabase.create(backend, dir, sqliteSettings);
        return new RegisterFixture(backend, db.database(), db::close);
    }

    public Jdbi jdbi() {
        return database.jdbi();
    }

    public Transactor transactor() {
        return new JdbiTransactor(database.jdbi());
    }

    private long addStaff(String username, String name, Role role) {
        return jdbi().withExtension(StaffDao.class, s -> {
            long id = s.insert(username, name, null, "not-a-real-hash", null, START, null);
            s.insertRole(id, role.name());
            return id;
        });
    }

    public long staff(String username) {
        return jdbi().withExtension(StaffDao.class, s -> s.findByUsername(username).orElseThrow().id());
    }

    public Instant now() {
        return clock.instant();
    }

    public Receipt receipt(long ampoules, String batch) {
        return new Receipt(now(), "Alliance Healthcare", "Unit 4, Teesside Park, Stockton TS17 7BW", ampoules,
                "INV-" + batch, batch, LocalDate.of(2028, 6, 30), secondNurse, "KIOSK-1", null);
    }

    public Administration administration(long ampoules, long doseMg, String batch) {
        return new Administration(now(), 3, "Michael O'Neill", "3 Marton Road, Middlesbrough TS4 2ND", 1,
                "Dr Priya Patel", ampoules, doseMg, batch, secondNurse, "KIOSK-1", null, null);
    }

    public Waste remainderOf(long administrationSeq, long wasteMg, String batch) {
        return new Waste(now(), wasteMg, 0, administrationSeq, batch, true, secondNurse, "KIOSK-1");
    }

    public Destruction destruction(long ampoules, String batch) {
        return new Destruction(now(), ampoules, batch, "expired", "CDAO authorised witness", "AW-2026-17", inspector,
                null, null);
    }

    public StockReturn stockReturn(long ampoules, String batch) {
        return new StockReturn(now(), ampoules, batch, "Alliance Healthcare", "Unit 4, Teesside Park, Stockton TS17 7BW",
                "damaged packaging", secondNurse, null, null);
    }

    public StockCheck count(long counted, String batch) {
        return new StockCheck(now(), counted, counted, batch, secondNurse, "KIOSK-1", null);
    }

    public Correction correction(long seq, long adjustment, String batch) {
        return new Correction(now(), seq, "quantity entered wrongly", adjustment, adjustment == 0 ? null : batch,
                adjustment == 0 ? null : secondNurse);
    }

    /** Records as the nurse, but destructions and corrections that move stock as the pharmacist, whose they are. */
    public RegisterEntry record(RegisterLine line) {
        clock.advance(Duration.ofSeconds(1));
        boolean pharmacists = line instanceof Destruction || line instanceof Correction c && c.movesStock();
        return register.record(ledger.id(), line, pharmacists ? pharmacist : nurse);
    }

    /**
     * What a forger with the database's owner rights does first: removes the append-only triggers
     * of these tables (refusing UPDATE and DELETE), so the tests show what verification still catches.
     */
    public void dropAppendOnlyTriggers(String... tables) {
        jdbi().useHandle(h -> {
            for (String table : tables) {
                if (backend == TestDatabase.Backend.SQLITE) {
                    h.execute("DROP TRIGGER trg_" + table + "_no_update");
                    h.execute("DROP TRIGGER trg_" + table + "_no_delete");
                } else {
                    h.execute("DROP TRIGGER trg_" + table + "_append_only ON " + table);
                }
            }
        });
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
