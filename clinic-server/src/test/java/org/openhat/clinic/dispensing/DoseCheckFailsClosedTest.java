package org.openhat.clinic.dispensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.Test;
import org.openhat.clinic.core.dispensing.CheckedThisSession;
import org.openhat.clinic.core.dosing.DoseCheckOutcome;
import org.openhat.clinic.core.dosing.DoseSafetyCheck;
import org.openhat.clinic.core.dosing.DosingParameters;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.PreDoseAssessment;
import org.openhat.clinic.core.dosing.ProposedDose;
import org.openhat.clinic.core.dosing.Pupils;
import org.openhat.clinic.core.dosing.Route;
import org.openhat.clinic.core.dosing.Verdict;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.dispensing.DoseCheckService;
import org.openhat.clinic.service.dispensing.SnapshotReader;
import org.openhat.devices.testing.MutableClock;

/** When the database cannot answer, the nurse is told not to administer: never ALLOW. */
class DoseCheckFailsClosedTest {

    /** The database boundary, failing the way a locked or unreachable database does. */
    private static final Transactor TIMING_OUT = new Transactor() {
        @Override
        public <T> T inTransaction(Work<T> work) {
            throw new IllegalStateException(new SQLTimeoutException("database timed out"));
        }

        @Override
        public <T> T read(Work<T> work) {
            throw new IllegalStateException(new SQLTimeoutException("database timed out"));
        }

        @Override
        public <T> T readSnapshot(Work<T> work) {
            throw new IllegalStateException(new SQLTimeoutException("database timed out"));
        }
    };

    @Test
    void aDatabaseTimeoutGivesDoNotAdminister() {
        MutableClock clock = MutableClock.at("2026-11-23T08:30:00Z");
        ClinicCalendar calendar = ClinicCalendar.defaults();
        DoseCheckService checks = new DoseCheckService(TIMING_OUT, new SnapshotReader(calendar, "MAIN"),
                new DoseSafetyCheck(DosingParameters.defaults()), calendar, new CheckedThisSession(), clock);

        DoseCheckOutcome outcome = checks.check(1, new ProposedDose(Milligrams.of(100), "1", Route.IV, "AM", false),
                new PreDoseAssessment(0, BigDecimal.ZERO, 16, 98, Pupils.NORMAL, false, "", false));

        assertThat(outcome.verdict()).isEqualTo(Verdict.WITHHOLD);
        assertThat(outcome.allowsDose()).isFalse();
        assertThat(outcome.maxAllowed()).isEqualTo(Milligrams.ZERO);
        assertThat(outcome.findings().get(0).reason()).startsWith("Do not administer");
    }
}
