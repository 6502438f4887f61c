package org.openhat.clinic.db.statements;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prepared statements kept open on each physical connection, for the register append's few
 * one-row statements. The pool's own statement cache hands statements out through reflective
 * proxies, one for the statement and one for each result set, and on an append those proxies
 * cost as much as SQLite's own work (docs/performance.md, "Register"). A statement kept here is
 * prepared on the driver's connection, under the pool's proxy, and lives as long as that
 * connection: the driver closes it with the connection, and the entries of connections the pool
 * has closed are dropped the next time a connection is seen for the first time.
 *
 * <p>A caller never closes a kept statement; it closes its result sets. A physical connection
 * is used by one thread at a time (the pool lends it out), so its own map needs no lock.
 */
public final class KeptStatements {
    private static final Map<Connection, Map<String, PreparedStatement>> BY_CONNECTION = new ConcurrentHashMap<>();

    private KeptStatements() {
    }

    /** The driver's connection under the pool's proxy (the connection itself if it is not pooled). */
    public static Connection physical(Connection pooled) {
        try {
            return pooled.unwrap(Connection.class);
        } catch (SQLException e) {
            return pooled;
        }
    }

    public static PreparedStatement prepared(Connection physical, String sql) throws SQLException {
        Map<String, PreparedStatement> statements = BY_CONNECTION.get(physical);
        if (statements == null) {
            BY_CONNECTION.keySet().removeIf(KeptStatements::closed);
            statements = new HashMap<>();
            BY_CONNECTION.put(physical, statements);
        }
        PreparedStatement statement = statements.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = physical.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /**
     * Closes and forgets the statement kept for {@code sql}, after the database refused it: a
     * statement that failed half-way (a full disk, say) is never handed out again in that state.
     */
    public static void discard(Connection physical, String sql) {
        Map<String, PreparedStatement> statements = BY_CONNECTION.get(physical);
        PreparedStatement statement = statements == null ? null : statements.remove(sql);
        if (statement != null) {
            try {
                statement.close();
            } catch (SQLException e) {
                // it is being thrown away because it failed; a failure to close it says nothing new
            }
        }
    }

    /** The connections statements are kept for now (for tests). */
    static java.util.Set<Connection> connections() {
        return java.util.Set.copyOf(BY_CONNECTION.keySet());
    }

    private static boolean closed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }
}
