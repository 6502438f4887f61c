package org.openhat.clinic.logging;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.logging.common.AbstractAppenderFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openhat.clinic.ClinicConfiguration;

/** Every log appender of the shipped configurations and the tests' own escapes control characters. */
class EveryLogIsEscapedTest {
    private final YamlConfigurationFactory<ClinicConfiguration> factory = new YamlConfigurationFactory<>(
            ClinicConfiguration.class, Validators.newValidator(), Jackson.newObjectMapper(), "dw");

    @Test
    void everyAppenderOfEveryConfigurationUsesTheEscapingLayout() throws Exception {
        for (Path file : new Path[] {Path.of("..", "config", "clinic.yml"), Path.of("..", "config", "clinic-postgres.yml"),
                Path.of("src", "test", "resources", "test-clinic.yml")}) {
            ClinicConfiguration config = factory.build(new SubstitutingSourceProvider(
                    new FileConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)), file.toString());
            DefaultLoggingFactory logging = (DefaultLoggingFactory) config.getLoggingFactory();

            assertThat(logging.getAppenders()).as(file.toString()).isNotEmpty().allSatisfy(appender ->
                    assertThat(((AbstractAppenderFactory<?>) appender).getLayout()).as(file.toString())
                            .isInstanceOf(EscapingLayoutFactory.class));
        }
    }
}
