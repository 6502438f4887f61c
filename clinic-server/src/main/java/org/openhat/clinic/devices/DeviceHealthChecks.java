package org.openhat.clinic.devices;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
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
            s.safe().ifPresent(d -> registry.register("safe-" + s.code(), new Safe(d.controller())));
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

    /** Healthy while the safe answers and is not in tamper lock-out. */
    static final class Safe extends HealthCheck {
        private final SafeController safe;

        Safe(SafeController safe) {
            this.safe = safe;
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
            return Result.healthy("online; " + (s.doorOpen() ? "a door is open" : "doors closed") + ", "
                    + (s.unlocked() ? "a compartment is released" : "locked") + ", last event " + s.lastEventNumber());
        }
    }
}
