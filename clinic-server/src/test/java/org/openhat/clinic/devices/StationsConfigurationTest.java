package org.openhat.clinic.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.devices.ids.Gs1CheckDigit;
import org.openhat.devices.scanner.LineSuffix;
import org.openhat.devices.scanner.RawScan;
import org.openhat.devices.scanner.ScanEvent;
import org.openhat.devices.scanner.ScanRejected;
import org.openhat.devices.scanner.WristbandScan;

/** The {@code stations:} map binds each device by its {@code type:}, and bad settings stop the server starting. */
class StationsConfigurationTest {
    private final YamlConfigurationFactory<ClinicConfiguration> factory = new YamlConfigurationFactory<>(
            ClinicConfiguration.class, Validators.newValidator(), Jackson.newObjectMapper(), "dw");

    /** A GSRN from a made-up issuer 7777777 whose last ten data digits are a valid NHS number. */
    private static final String NON_NHS_WRISTBAND = "]d2" + "8018" + gsrn("77777779434765919");

    @TempDir
    Path dir;

    private static String gsrn(String data) {
        return data + Gs1CheckDigit.compute(data);
    }

    @Test
    void bindsSerialAndSimulatedDevicesByType() throws Exception {
        ClinicConfiguration config = load("""
                stations:
                  KIOSK-1:
                    scanner: {type: serial, path: /dev/serial/by-id/usb-scanner, baud: 115200, suffix: CRLF}
                    safe: {type: serial, path: /dev/ttyUSB0, compartments: 6, unlockSeconds: 20}
                  KIOSK-2:
                    scanner: {type: simulator}
                    safe: {type: simulator, stateDir: /var/lib/openhat/devices}
                """);

        StationDevicesFactory one = config.getStations().get("KIOSK-1");
        assertThat(one.getScanner()).isInstanceOfSatisfying(SerialScannerFactory.class, s -> {
            assertThat(s.getPath()).isEqualTo("/dev/serial/by-id/usb-scanner");
            assertThat(s.getBaud()).isEqualTo(115200);
            assertThat(s.getSuffix()).isEqualTo(LineSuffix.CRLF);
        });
        assertThat(one.getSafe()).isInstanceOfSatisfying(SerialSafeFactory.class, s -> {
            assertThat(s.getPath()).isEqualTo("/dev/ttyUSB0");
            assertThat(s.getBaud()).isEqualTo(19200);
            assertThat(s.compartments()).isEqualTo(6);
            assertThat(s.unlockSeconds()).isEqualTo(20);
        });
        StationDevicesFactory two = config.getStations().get("KIOSK-2");
        assertThat(two.getScanner()).isInstanceOf(SimulatedScannerFactory.class);
        assertThat(two.getSafe()).isInstanceOfSatisfying(SimulatedSafeFactory.class, s ->
                assertThat(s.stateFile("KIOSK-2")).isEqualTo(Path.of("/var/lib/openhat/devices/safe-KIOSK-2.state")));
    }

    @Test
    void theShippedConfigurationsRunBothDemoStationsOnSimulators() throws Exception {
        for (String file : new String[] {"clinic.yml", "clinic-postgres.yml"}) {
            ClinicConfiguration config = shipped(file);
            assertThat(config.getStations()).as(file).containsOnlyKeys("KIOSK-1", "KIOSK-2");
            config.getStations().forEach((code, station) -> {
                assertThat(station.getScanner()).as(file + " " + code).isInstanceOf(SimulatedScannerFactory.class);
                assertThat(station.getSafe()).as(file + " " + code).isInstanceOf(SimulatedSafeFactory.class);
            });
        }
    }

    @Test
    void theShippedConfigurationsRefuseAWristbandWhoseIssuerIsNotConfigured() throws Exception {
        for (String file : new String[] {"clinic.yml", "clinic-postgres.yml"}) {
            ScanEvent scan = shipped(file).getScanning().decoder().decode(raw(NON_NHS_WRISTBAND));
            assertThat(scan).as(file).isInstanceOfSatisfying(ScanRejected.class, r ->
                    assertThat(r.reason()).contains("scanning.nhsCompanyPrefix"));
        }
    }

    @Test
    void readsAnyIssuersWristbandOnlyWhenTheConfigurationSaysSo() throws Exception {
        ClinicConfiguration config = load("""
                scanning:
                  acceptWristbandsFromAnyIssuer: true
                """);
        assertThat(config.getScanning().decoder().decode(raw(NON_NHS_WRISTBAND))).isInstanceOf(WristbandScan.class);
        assertThatThrownBy(() -> load("""
                scanning:
                  nhsCompanyPrefix: "5012345"
                  acceptWristbandsFromAnyIssuer: true
                """)).isInstanceOf(ConfigurationException.class).hasMessageContaining("not both");
    }

    @Test
    void refusesAnUnknownDeviceType() {
        assertThatThrownBy(() -> load("""
                stations:
                  KIOSK-1:
                    safe: {type: bluetooth, path: /dev/rfcomm0}
                """)).isInstanceOf(ConfigurationException.class).hasMessageContaining("bluetooth");
    }

    @Test
    void refusesASerialDeviceWithoutAPathOrWithTooLongAnUnlock() {
        assertThatThrownBy(() -> load("""
                stations:
                  KIOSK-1:
                    scanner: {type: serial}
                """)).isInstanceOf(ConfigurationException.class).hasMessageContaining("path");
        assertThatThrownBy(() -> load("""
                stations:
                  KIOSK-1:
                    safe: {type: simulator, unlockSeconds: 90}
                """)).isInstanceOf(ConfigurationException.class).hasMessageContaining("unlockSeconds");
    }

    /** Bound as the server binds it, ${VARIABLE:-default}s and all. */
    private ClinicConfiguration shipped(String file) throws Exception {
        return factory.build(new io.dropwizard.configuration.SubstitutingSourceProvider(
                new io.dropwizard.configuration.FileConfigurationSourceProvider(),
                new io.dropwizard.configuration.EnvironmentVariableSubstitutor(false)),
                Path.of("..", "config", file).toString());
    }

    private static RawScan raw(String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        return new RawScan(b, b.length, false, Instant.parse("2026-11-22T10:00:00Z"), 1);
    }

    private ClinicConfiguration load(String yaml) throws Exception {
        Path file = dir.resolve("clinic.yml");
        Files.writeString(file, yaml);
        return factory.build(new io.dropwizard.configuration.FileConfigurationSourceProvider(), file.toString());
    }
}
