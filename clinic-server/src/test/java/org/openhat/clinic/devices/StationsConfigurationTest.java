package org.openhat.clinic.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.devices.scanner.LineSuffix;

/** The {@code stations:} map binds each device by its {@code type:}, and bad settings stop the server starting. */
class StationsConfigurationTest {
    private final YamlConfigurationFactory<ClinicConfiguration> factory = new YamlConfigurationFactory<>(
            ClinicConfiguration.class, Validators.newValidator(), Jackson.newObjectMapper(), "dw");

    @TempDir
    Path dir;

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
            // bound as the server binds it, ${VARIABLE:-default}s and all
            ClinicConfiguration config = factory.build(new io.dropwizard.configuration.SubstitutingSourceProvider(
                    new io.dropwizard.configuration.FileConfigurationSourceProvider(),
                    new io.dropwizard.configuration.EnvironmentVariableSubstitutor(false)),
                    Path.of("..", "config", file).toString());
            assertThat(config.getStations()).as(file).containsOnlyKeys("KIOSK-1", "KIOSK-2");
            config.getStations().forEach((code, station) -> {
                assertThat(station.getScanner()).as(file + " " + code).isInstanceOf(SimulatedScannerFactory.class);
                assertThat(station.getSafe()).as(file + " " + code).isInstanceOf(SimulatedSafeFactory.class);
            });
        }
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

    private ClinicConfiguration load(String yaml) throws Exception {
        Path file = dir.resolve("clinic.yml");
        Files.writeString(file, yaml);
        return factory.build(new io.dropwizard.configuration.FileConfigurationSourceProvider(), file.toString());
    }
}
