package org.openhat.clinic.devices;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.openhat.clinic.core.stations.SafeAlerts;
import org.openhat.clinic.core.stations.SafeNumberingRestart;
import org.openhat.devices.safe.SafeController;
import org.openhat.devices.safe.SafeStatus;
import org.openhat.devices.scanner.BarcodeScanner;
import org.openhat.devices.serial.LinkStatus;

/** One health check per device: {@code scanner-KIOSK-1}, {@code safe-KIOSK-1}. */
public final class DeviceHealthChecks {
    private DeviceHealthChecks() {
    }

    public static void register(DeviceRegistry devices, HealthCheckRegistry registry) {
        for (DeviceRegistry.Station s : devices.stations()) {
            s.scanner().ifPresent(d -> registry.register("scanner-" + s.code(), new Scanner(d.scanner())));
            s.safe().ifPresent(d -> registry.register("safe-" + s.code(),
                    new Safe(d.controller(), s.safeAlerts(), devices.clock())));
        }
    }

    /** Healthy while the scanner's serial line is connected. */
    static final class Scanner extends HealthCheck {
        private final BarcodeScanner scanner;

        Scanner(BarcodeScanner scanner) {
            this.scanner = scanner;
        }

        @Override
        protected Result check() {
            LinkStatus status = scanner.linkStatus();
            return status == LinkStatus.CONNECTED ? Result.healthy("connected")
                    : Result.unhealthy("scanner link is " + status);
        }
    }

    /**
     * Healthy while the safe answers, is not in tamper lock-out, and its event numbering has not
     * restarted in the last day: a restart means a replaced controller or a lost memory, which
     * someone must look at (the new events are stored, under a new numbering).
     */
    static final class Safe extends HealthCheck {
        static final Duration RESTART_NEEDS_ATTENTION_FOR = Duration.ofHours(24);

        private final SafeController safe;
        private final SafeAlerts alerts;
        private final Clock clock;

        Safe(SafeController safe, SafeAlerts alerts, Clock clock) {
            this.safe = safe;
            this.alerts = alerts;
            this.clock = clock;
        }

        @Override
        protected Result check() {
            SafeStatus s = safe.status();
            if (!s.online()) {
                return Result.unhealthy("safe is offline" + s.lastReplyAt().map(at -> "; last answered " + at).orElse(""));
            }
            if (s.tamper()) {
                return Result.unhealthy("safe is in tamper lock-out");
            }
            Optional<SafeNumberingRestart> restart = alerts.lastNumberingRestart()
                    .filter(r -> r.detectedAt().plus(RESTART_NEEDS_ATTENTION_FOR).isAfter(clock.instant()));
            if (restart.isPresent()) {
                return Result.unhealthy("needs attention: " + restart.get().describe());
            }
            return Result.healthy("online; " + (s.doorOpen() ? "a door is open" : "doors closed") + ", "
                    + (s.unlocked() ? "a compartment is released" : "locked") + ", last event " + s.lastEventNumber());
        }
    }
}
