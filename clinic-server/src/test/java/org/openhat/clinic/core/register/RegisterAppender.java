package org.openhat.clinic.core.register;

import com.codahale.metrics.MetricRegistry;
import java.time.Clock;
import java.time.LocalDate;
import org.openhat.clinic.db.ClinicDatabase;
import org.openhat.clinic.db.JdbiTransactor;
import org.openhat.clinic.db.SqliteDatabaseFactory;
import org.openhat.clinic.service.register.RegisterService;

/**
 * The process the crash test kills: two threads append receipts to one ledger for ever and print
 * "ACK seq" only after the service has returned, i.e. after the commit.
 * Arguments: database file, ledger id, recorder id, second receiver id.
 */
public final class RegisterAppender {
    private RegisterAppender() {
    }

    public static void main(String[] args) throws Exception {
        SqliteDatabaseFactory factory = new SqliteDatabaseFactory();
        factory.setFile(args[0]);
        ClinicDatabase database = ClinicDatabase.open(factory, new MetricRegistry());
        Clock clock = Clock.systemUTC();
        RegisterService register = new RegisterService(new JdbiTransactor(database.jdbi()), clock, "MAIN");
        long ledger = Long.parseLong(args[1]);
        long recorder = Long.parseLong(args[2]);
        long second = Long.parseLong(args[3]);
        Runnable appender = () -> {
            while (true) {
                RegisterEntry entry = register.record(ledger, new Receipt(clock.instant(), "Alliance", "Stockton", 1,
                        "INV", "B1", LocalDate.of(2099, 1, 1), second, null, null), recorder);
                synchronized (System.out) {
                    System.out.println("ACK " + entry.seq());
                    System.out.flush();
                }
            }
        };
        Thread other = new Thread(appender);
        other.start();
        appender.run();
    }
}
