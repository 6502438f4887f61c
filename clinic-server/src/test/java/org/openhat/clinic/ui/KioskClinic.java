package org.openhat.clinic.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.db.ClinicDatabase;
import org.openhat.clinic.testing.AdminTaskClient;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.TestClinicApplication;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.testing.MutableClock;

/**
 * The whole demo clinic on a fresh SQLite file, with the simulated scanner and safe at KIOSK-1,
 * started at Monday 23 November 2026, 08:30 in London (inside the AM session). Each window size
 * gets its own clinic, so what one run records never changes what the next one sees.
 */
final class KioskClinic implements AutoCloseable {
    final MutableClock clock = MutableClock.at("2026-11-23T08:30:00Z");
    final DropwizardAppExtension<ClinicConfiguration> app;

    private KioskClinic() throws Exception {
        TestClinicApplication.clock = clock;
        app = ClinicApp.on(TestDatabase.Backend.SQLITE, ClinicApp.tempDir("openhat-kiosk-ui"));
        app.before();
        ClinicApp.seedDemo(app, clock.withZone(ZoneOffset.UTC));
    }

    static KioskClinic start() throws Exception {
        return new KioskClinic();
    }

    String kioskPage(String query) {
        return "http://localhost:" + app.getLocalPort() + "/kiosk.html?station=KIOSK-1" + query;
    }

    /** A barcode read by KIOSK-1's simulated scanner, as if scanned there. */
    void scan(String barcode) {
        HttpResponse<String> reply = new AdminTaskClient(app).post("scan?station=KIOSK-1", barcode);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
    }

    /** Rows of a query on the clinic's own database, to see what the page really stored. */
    List<Map<String, Object>> rows(String sql, Object... arguments) {
        ClinicDatabase db = ClinicDatabase.open(app.getConfiguration().getDatabase(), new MetricRegistry());
        try {
            return db.jdbi().withHandle(h -> {
                var query = h.createQuery(sql);
                for (int i = 0; i < arguments.length; i++) {
                    query.bind(i, arguments[i]);
                }
                return query.mapToMap().list();
            });
        } finally {
            db.close();
        }
    }

    @Override
    public void close() {
        app.after();
        TestClinicApplication.clock = Clock.systemUTC();
    }
}
