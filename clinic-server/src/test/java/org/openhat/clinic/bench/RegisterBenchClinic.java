package org.openhat.clinic.bench;

import com.codahale.metrics.MetricRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.openhat.clinic.core.register.Ledger;
import org.openhat.clinic.db.ClinicDatabase;
import org.openhat.clinic.db.JdbiTransactor;
import org.openhat.clinic.db.ProductDao;
import org.openhat.clinic.db.SqliteDatabaseFactory;
import org.openhat.clinic.db.StaffDao;
import org.openhat.clinic.service.register.RegisterService;

/** A migrated SQLite file with two nurses, a pharmacist and an open 100 mg ledger, for the register benchmarks. */
final class RegisterBenchClinic implements AutoCloseable {
    final ClinicDatabase database;
    final RegisterService register;
    final Ledger ledger;
    final long nurse;
    final long secondNurse;

    RegisterBenchClinic(Path file, Clock clock) {
        SqliteDatabaseFactory factory = new SqliteDatabaseFactory();
        factory.setFile(file.toString());
        database = ClinicDatabase.open(factory, new MetricRegistry());
        database.migrate();
        Instant now = clock.instant();
        nurse = staff("nurse.amara", "Amara Okoye RN", "NURSE", now);
        secondNurse = staff("nurse.ben", "Ben Carter RN", "NURSE", now);
        long pharmacist = staff("pharm.okafor", "Tunde Okafor MRPharmS", "PHARMACIST", now);
        long product = database.jdbi().withExtension(ProductDao.class, p -> p.insert("05012345678900",
                "Diamorphine hydrochloride 100 mg powder for solution for injection", 100,
                "powder for injection, ampoule", "diamorphine hydrochloride", now, pharmacist));
        register = new RegisterService(new JdbiTransactor(database.jdbi()), clock, "MAIN");
        ledger = register.openLedger(product, pharmacist);
    }

    private long staff(String username, String name, String role, Instant now) {
        return database.jdbi().withExtension(StaffDao.class, s -> {
            long id = s.insert(username, name, null, "benchmark", null, now, null);
            s.insertRole(id, role);
            return id;
        });
    }

    /** An existing benchmark file, opened as it is. */
    record Reopened(ClinicDatabase database) {
    }

    static Reopened reopen(Path file) {
        SqliteDatabaseFactory factory = new SqliteDatabaseFactory();
        factory.setFile(file.toString());
        return new Reopened(ClinicDatabase.open(factory, new MetricRegistry()));
    }

    @Override
    public void close() {
        database.close();
    }
}
