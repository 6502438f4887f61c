package org.openhat.clinic.devices;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.devices.sim.SafeSimulatorSettings;

/**
 * What the shipped configurations give someone starting the clinic: a console without the route
 * and task dumps, Liquibase's progress or Jetty's start-up chatter (the clinic's own INFO lines
 * stay), and in the demo a nurse at each simulated safe who opens and shuts the door.
 */
class DemoConfigurationTest {
    private static final String[] QUIET = {"io.dropwizard.jersey.DropwizardResourceConfig",
        "io.dropwizard.core.setup.AdminEnvironment", "liquibase", "org.eclipse.jetty", "io.dropwizard.core.server"};

    private final YamlConfigurationFactory<ClinicConfiguration> factory = new YamlConfigurationFactory<>(
            ClinicConfiguration.class, Validators.newValidator(), Jackson.newObjectMapper(), "dw");

    @Test
    void theRouteDumpLiquibaseAndStartUpChatterLogOnlyWarnings() throws Exception {
        for (String file : new String[] {"clinic.yml", "clinic-postgres.yml"}) {
            DefaultLoggingFactory logging = (DefaultLoggingFactory) shipped(file).getLoggingFactory();
            for (String logger : QUIET) {
                assertThat(logging.getLoggers()).as(file + " " + logger).containsKey(logger);
                assertThat(logging.getLoggers().get(logger).asText()).as(file + " " + logger).isEqualTo("WARN");
            }
            assertThat(logging.getLoggers().get("org.openhat").asText()).as(file).isEqualTo("INFO");
        }
    }

    @Test
    void theDemoSafesHaveANurseWhoOpensAfterTwoSecondsAndShutsAfterEight() throws Exception {
        shipped("clinic.yml").getStations().forEach((code, station) -> {
            SafeSimulatorSettings settings = ((SimulatedSafeFactory) station.getSafe()).simulatorSettings();
            assertThat(settings.doorOpensAfter()).as(code).isEqualTo(Duration.ofSeconds(2));
            assertThat(settings.doorClosesAfter()).as(code).isEqualTo(Duration.ofSeconds(8));
        });
    }

    @Test
    void aSimulatedSafeWithoutDelaysIsWorkedByHand() {
        SimulatedSafeFactory factory = new SimulatedSafeFactory();
        assertThat(factory.simulatorSettings().doorOpensAfter()).isNull();
        assertThat(factory.isDoorHabitWhole()).isTrue();
        factory.setDoorOpensAfter(io.dropwizard.util.Duration.seconds(2));
        assertThat(factory.isDoorHabitWhole()).isFalse();
    }

    private ClinicConfiguration shipped(String file) throws Exception {
        return factory.build(new SubstitutingSourceProvider(new FileConfigurationSourceProvider(),
                new EnvironmentVariableSubstitutor(false)), Path.of("..", "config", file).toString());
    }
}
