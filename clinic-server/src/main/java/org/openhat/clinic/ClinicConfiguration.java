package org.openhat.clinic;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.openhat.clinic.db.DatabaseFactory;
import org.openhat.clinic.db.SqliteDatabaseFactory;

public class ClinicConfiguration extends Configuration {

    /** The premises code Home Office licences must name for their holder to prescribe here. */
    @NotBlank
    private String premises = "MAIN";

    @NotBlank
    private String clinicName = "OpenHAT clinic";

    @Valid
    @NotNull
    private DatabaseFactory database = new SqliteDatabaseFactory();

    @Valid
    @NotNull
    private SessionsFactory sessions = new SessionsFactory();

    @Valid
    @NotNull
    private RegisterFactory register = new RegisterFactory();

    /** Secure cookies need HTTPS, which browsers also grant to http://localhost. */
    private boolean secureCookies = true;

    @Min(1024)
    @Max(16 * 1024 * 1024)
    private long maxRequestBytes = 1024 * 1024;

    @JsonProperty
    public String getPremises() {
        return premises;
    }

    @JsonProperty
    public void setPremises(String premises) {
        this.premises = premises;
    }

    @JsonProperty
    public String getClinicName() {
        return clinicName;
    }

    @JsonProperty
    public void setClinicName(String clinicName) {
        this.clinicName = clinicName;
    }

    @JsonProperty
    public DatabaseFactory getDatabase() {
        return database;
    }

    @JsonProperty
    public void setDatabase(DatabaseFactory database) {
        this.database = database;
    }

    @JsonProperty
    public SessionsFactory getSessions() {
        return sessions;
    }

    @JsonProperty
    public void setSessions(SessionsFactory sessions) {
        this.sessions = sessions;
    }

    @JsonProperty
    public RegisterFactory getRegister() {
        return register;
    }

    @JsonProperty
    public void setRegister(RegisterFactory register) {
        this.register = register;
    }

    @JsonProperty
    public boolean isSecureCookies() {
        return secureCookies;
    }

    @JsonProperty
    public void setSecureCookies(boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    @JsonProperty
    public long getMaxRequestBytes() {
        return maxRequestBytes;
    }

    @JsonProperty
    public void setMaxRequestBytes(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }
}
