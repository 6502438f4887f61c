package org.openhat.clinic;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.openhat.clinic.core.dosing.DosingParameters;
import org.openhat.clinic.core.schedule.ScheduleParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openhat.clinic.db.DatabaseFactory;
import org.openhat.clinic.devices.ScanningFactory;
import org.openhat.clinic.devices.StationDevicesFactory;
import org.openhat.clinic.db.SqliteDatabaseFactory;
import org.openhat.clinic.web.AdminTasksFactory;

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

    @Valid
    @NotNull
    private DispensingFactory dispensing = new DispensingFactory();

    /** Each kiosk station's scanner and safe, by station code (KIOSK-1: {scanner: ..., safe: ...}). */
    @Valid
    @NotNull
    private Map<String, StationDevicesFactory> stations = new LinkedHashMap<>();

    @Valid
    @NotNull
    private ScanningFactory scanning = new ScanningFactory();

    /** Secure cookies need HTTPS, which browsers also grant to http://localhost. */
    private boolean secureCookies = true;

    /** The §7 dose-safety parameters; anything left out takes its documented default. */
    @NotNull
    private DosingParameters dosing = DosingParameters.defaults();

    /** Session windows, days open and exceptions (bank holidays, closures), in clinic time. */
    @NotNull
    private ScheduleParameters schedule = ScheduleParameters.defaults();

    /** The secret every task on the admin port needs. */
    @Valid
    @NotNull
    private AdminTasksFactory adminTasks = new AdminTasksFactory();

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
    public DispensingFactory getDispensing() {
        return dispensing;
    }

    @JsonProperty
    public void setDispensing(DispensingFactory dispensing) {
        this.dispensing = dispensing;
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
    public Map<String, StationDevicesFactory> getStations() {
        return stations;
    }

    @JsonProperty
    public void setStations(Map<String, StationDevicesFactory> stations) {
        this.stations = stations;
    }

    @JsonProperty
    public ScanningFactory getScanning() {
        return scanning;
    }

    @JsonProperty
    public void setScanning(ScanningFactory scanning) {
        this.scanning = scanning;
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
    public DosingParameters getDosing() {
        return dosing;
    }

    @JsonProperty
    public void setDosing(DosingParameters dosing) {
        this.dosing = dosing;
    }

    @JsonProperty
    public ScheduleParameters getSchedule() {
        return schedule;
    }

    @JsonProperty
    public void setSchedule(ScheduleParameters schedule) {
        this.schedule = schedule;
    }

    @JsonProperty
    public long getMaxRequestBytes() {
        return maxRequestBytes;
    }

    @JsonProperty
    public void setMaxRequestBytes(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    @JsonProperty
    public AdminTasksFactory getAdminTasks() {
        return adminTasks;
    }

    @JsonProperty
    public void setAdminTasks(AdminTasksFactory adminTasks) {
        this.adminTasks = adminTasks;
    }
}
