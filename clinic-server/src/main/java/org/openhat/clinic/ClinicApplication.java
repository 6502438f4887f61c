package org.openhat.clinic;

import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;

public class ClinicApplication extends Application<ClinicConfiguration> {
    public static void main(String[] args) throws Exception {
        new ClinicApplication().run(args);
    }

    @Override
    public void run(ClinicConfiguration configuration, Environment environment) {
    }
}
