package org.openhat.clinic.db;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.db.DataSourceFactory;
import java.util.Map;
import jakarta.validation.constraints.NotEmpty;

/** PostgreSQL, for a clinic that has outgrown one machine. Schema changes run with {@code db migrate}. */
@JsonTypeName("postgresql")
public class PostgresDatabaseFactory implements DatabaseFactory {

    @NotEmpty
    private String url = "jdbc:postgresql://localhost:5432/openhat";

    private String user = "openhat";

    private String password = "";

    private int maxConnections = 16;

    private boolean migrateOnStart = false;

    @JsonProperty
    public void setUrl(String url) {
        this.url = url;
    }

    @JsonProperty
    public void setUser(String user) {
        this.user = user;
    }

    @JsonProperty
    public void setPassword(String password) {
        this.password = password;
    }

    @JsonProperty
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    @JsonProperty
    public void setMigrateOnStart(boolean migrateOnStart) {
        this.migrateOnStart = migrateOnStart;
    }

    @Override
    public DataSourceFactory dataSourceFactory() {
        DataSourceFactory factory = DatabaseFactory.pool("org.postgresql.Driver", url, user, password, 2,
                maxConnections);
        // An error's detail can quote the row ("Failing row contains (..., 'the withholding reason')"),
        // and error messages reach the log; DatabaseFaults reads the detail it needs from the error itself.
        factory.setProperties(Map.of("logServerErrorDetail", "false"));
        return factory;
    }

    @Override
    public boolean migrateOnStart() {
        return migrateOnStart;
    }

    @Override
    public String name() {
        return "postgresql";
    }
}
