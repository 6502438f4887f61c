package org.openhat.clinic.devices;

import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.stations.SafeAlerts;
import org.openhat.clinic.core.stations.SafeAvailability;
import org.openhat.clinic.core.stations.SafeRequestLinker;
import org.openhat.clinic.core.stations.StationSafe;
import org.openhat.clinic.core.stations.StationSafes;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.stations.StationService;
import org.openhat.devices.safe.SafeStatus;
import org.openhat.devices.scanner.ScanDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every kiosk station's scanner and safe, built from configuration, started and stopped with the
 * server. Answers whether a station's safe can be used ({@link SafeAvailability}).
 */
public final class DeviceRegistry implements SafeAvailability, StationSafes, Managed {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceRegistry.class);

    /** One station's devices; {@code safeAlerts} is what its safe's stored log says needs attention. */
    public record Station(String code, Optional<ScannerDevice> scanner, Optional<SafeDevice> safe,
                          Optional<SafeFactory> safeConfig, SafeAlerts safeAlerts) {
    }

    private final Map<String, Station> stations;
    private final StationService stationService;
    private final Clock clock;

    private DeviceRegistry(Map<String, Station> stations, StationService stationService, Clock clock) {
        this.stations = stations;
        this.stationService = stationService;
        this.clock = clock;
    }

    /**
     * Builds every configured station's devices; nothing is opened until {@link #start()}.
     *
     * @param linkWindow how long after an unlock request the safe's events are still linked to it
     */
    public static DeviceRegistry build(Map<String, StationDevicesFactory> config, Transactor transactor,
                                       StationService stationService, ScanDecoder decoder, Clock clock,
                                       Duration linkWindow) {
        // Serial links are supervised in real time (PING every second, 250 ms replies) whatever the
        // clinic clock says; the clinic clock (which tests may hold still) stamps what is recorded.
        Clock linkClock = Clock.systemUTC();
        Map<String, Station> built = new LinkedHashMap<>();
        SafeRequestLinker linker = new SafeRequestLinker(linkWindow);
        config.forEach((code, devices) -> {
            Optional<ScannerDevice> scanner = Optional.ofNullable(devices.getScanner())
                    .map(f -> f.build(code, decoder, linkClock));
            Optional<SafeFactory> safeConfig = Optional.ofNullable(devices.getSafe());
            JdbiSafeEventStore events = new JdbiSafeEventStore(code, transactor, linker, clock);
            Optional<SafeDevice> safe = safeConfig.map(f -> f.build(code, events, linkClock));
            built.put(code, new Station(code, scanner, safe, safeConfig, events));
        });
        return new DeviceRegistry(built, stationService, clock);
    }

    public List<Station> stations() {
        return new ArrayList<>(stations.values());
    }

    public Optional<Station> station(String code) {
        return Optional.ofNullable(stations.get(code));
    }

    @Override
    public Optional<StationSafe> safeAt(String stationCode) {
        return station(stationCode).flatMap(s -> s.safe().map(device -> new StationSafe(s.code(),
                device.controller(), s.safeConfig().orElseThrow().compartments(),
                s.safeConfig().orElseThrow().unlockSeconds(), s.safeAlerts())));
    }

    @Override
    public boolean isOnline(long stationId) {
        try {
            return unavailableReason(stationService.get(stationId).code()).isEmpty();
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Override
    public Optional<String> unavailableReason(String stationCode) {
        Optional<SafeDevice> safe = station(stationCode).flatMap(Station::safe);
        if (safe.isEmpty()) {
            return Optional.of("No safe is configured for " + stationCode + ".");
        }
        SafeStatus status = safe.get().controller().status();
        if (!status.online()) {
            return Optional.of("The safe at " + stationCode + " is offline. Doses that need it cannot start "
                    + "until it answers again; check its power and cable.");
        }
        if (status.tamper()) {
            return Optional.of("The safe at " + stationCode + " is in tamper lock-out. It must be cleared at the "
                    + "safe before doses that need it can start.");
        }
        return Optional.empty();
    }

    /** The clinic's clock, for checks that ask how long ago something happened. */
    public Clock clock() {
        return clock;
    }

    @Override
    public void start() {
        for (Station s : stations.values()) {
            // events link by what is stored, so nothing needs reloading after a restart
            s.safe().ifPresent(SafeDevice::start);
            s.scanner().ifPresent(ScannerDevice::start);
            LOG.info("Station {}: scanner {}, safe {}", s.code(), s.scanner().isPresent() ? "started" : "none",
                    s.safe().isPresent() ? "started" : "none");
        }
    }

    @Override
    public void stop() {
        for (Station s : stations.values()) {
            s.scanner().ifPresent(ScannerDevice::stop);
            s.safe().ifPresent(SafeDevice::stop);
        }
    }
}
