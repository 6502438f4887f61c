package org.openhat.clinic.bench;

import com.codahale.metrics.MetricRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.core.ClinicTime;
import org.openhat.clinic.core.dispensing.CheckedThisSession;
import org.openhat.clinic.core.dosing.DoseSafetyCheck;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Pupils;
import org.openhat.clinic.core.dosing.Route;
import org.openhat.clinic.core.dosing.PreDoseAssessment;
import org.openhat.clinic.core.dosing.ProposedDose;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.db.ClinicDatabase;
import org.openhat.clinic.db.JdbiTransactor;
import org.openhat.clinic.db.SqliteDatabaseFactory;
import org.openhat.clinic.service.dispensing.DoseCheckService;
import org.openhat.clinic.service.dispensing.SnapshotReader;

/**
 * The dose check below HTTP: {@code DoseCheckService.check} in a loop on one thread against a
 * seeded database (as {@code docs/bench/http-floor.sh} seeds it), at 08:30 tomorrow, so the HTTP
 * benchmark's cost can be split into the check itself and what HTTP adds.
 *
 *   java -cp $CP org.openhat.clinic.bench.DoseCheckServiceTiming /tmp/openhat-bench/history-1x-DATE.db [checks]
 */
public final class DoseCheckServiceTiming {
    public static void main(String[] args) throws Exception {
        int checks = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        SqliteDatabaseFactory factory = new SqliteDatabaseFactory();
        factory.setFile(args[0]);
        factory.setMigrateOnStart(false);
        ClinicConfiguration config = new ClinicConfiguration();
        LocalDate tomorrow = LocalDate.now(ClinicTime.ZONE).plusDays(1);
        Clock clock = Clock.fixed(tomorrow.atTime(LocalTime.of(8, 30)).atZone(ClinicTime.ZONE).toInstant(), ZoneOffset.UTC);
        ClinicDatabase database = ClinicDatabase.open(factory, new MetricRegistry());
        ClinicCalendar calendar = ClinicCalendar.of(config.getSchedule());
        DoseCheckService service = new DoseCheckService(new JdbiTransactor(database.jdbi()),
                new SnapshotReader(calendar, config.getPremises()), new DoseSafetyCheck(config.getDosing()), calendar,
                new CheckedThisSession(), clock);
        PreDoseAssessment clean = new PreDoseAssessment(0, BigDecimal.ZERO, 16, 98, Pupils.NORMAL,
                false, "", false);
        ProposedDose dose = new ProposedDose(Milligrams.of(100), "1", Route.IV, "AM", false);
        for (int round = 1; round <= 5; round++) {
            long start = System.nanoTime();
            String verdict = "";
            for (int i = 0; i < checks; i++) {
                long patient = 1 + i % 15;
                verdict = service.check(patient, dose, clean).verdict().name();
            }
            long took = System.nanoTime() - start;
            System.out.printf("round %d: %d checks, %.1f us each (last verdict %s)%n", round, checks,
                    took / 1000.0 / checks, verdict);
        }
        database.close();
    }
}
