package org.openhat.clinic;

import io.dropwizard.core.Configuration;

public class ClinicConfiguration extends Configuration {
}
