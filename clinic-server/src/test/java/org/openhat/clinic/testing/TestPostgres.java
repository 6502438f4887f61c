package org.openhat.clinic.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL server the test command starts (see .ci/test-with-databases). Each caller gets a
 * fresh, empty database of its own. Tests on PostgreSQL fail, not skip, when no server is given:
 * a green run must mean both databases were tested. {@code -Dopenhat.postgres=skip} is the
 * explicit, visible way to run without one on a laptop.
 */
public final class TestPostgres {
    public static final String URL_VARIABLE = "OPENHAT_TEST_PG_URL";

    private TestPostgres() {
    }

    public static boolean skippedOnPurpose() {
        return "skip".equals(System.getProperty("openhat.postgres"));
    }

    /** The server's base URL, e.g. jdbc:postgresql://127.0.0.1:55432/ with user postgres. */
    public static String serverUrl() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("No PostgreSQL for the tests: run them with ./openhat test (which starts one) "
                    + "or set " + URL_VARIABLE + "=jdbc:postgresql://host:port/ ; -Dopenhat.postgres=skip skips on purpose");
        }
        return url.endsWith("/") ? url : url + "/";
    }

    public static String user() {
        return System.getenv().getOrDefault("OPENHAT_TEST_PG_USER", "postgres");
    }

    public static String password() {
        return System.getenv().getOrDefault("OPENHAT_TEST_PG_PASSWORD", "");
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String freshDatabase() {
        return createDatabase(null);
    }

    /** Creates a database as a copy of a template (which must have no open connections). */
    public static String createDatabase(String templateUrl) {
        String name = "openhat_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String template = templateUrl == null ? "" : " TEMPLATE " + templateUrl.substring(templateUrl.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(serverUrl() + "postgres", user(), password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + template);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + serverUrl(), e);
        }
        return serverUrl() + name;
    }

    public static void drop(String jdbcUrl) {
        String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(serverUrl() + "postgres", user(), password());
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop test database " + name, e);
        }
    }
}
