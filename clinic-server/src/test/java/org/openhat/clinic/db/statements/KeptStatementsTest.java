package org.openhat.clinic.db.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The append's statements are prepared once per connection and never outlive it. */
class KeptStatementsTest {
    @TempDir
    Path dir;

    private Connection open() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kept.db"));
    }

    @Test
    void aConnectionGetsTheSameStatementBackForTheSameSql() throws Exception {
        try (Connection c = open()) {
            PreparedStatement first = KeptStatements.prepared(c, "SELECT ? + 1");
            first.setLong(1, 41);
            try (ResultSet rs = first.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(42);
            }
            PreparedStatement again = KeptStatements.prepared(c, "SELECT ? + 1");
            assertThat(again).isSameAs(first);
            again.setLong(1, 1);
            try (ResultSet rs = again.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(2);
            }
            assertThat(KeptStatements.prepared(c, "SELECT ? + 2")).isNotSameAs(first);
        }
    }

    @Test
    void connectionsDoNotShareStatements() throws Exception {
        try (Connection a = open(); Connection b = open()) {
            assertThat(KeptStatements.prepared(a, "SELECT 1")).isNotSameAs(KeptStatements.prepared(b, "SELECT 1"));
        }
    }

    @Test
    void aClosedConnectionsStatementsGoWithItAndAreForgotten() throws Exception {
        Connection closed = open();
        PreparedStatement kept = KeptStatements.prepared(closed, "SELECT 1");
        closed.close();
        assertThatThrownBy(kept::executeQuery).isInstanceOf(java.sql.SQLException.class);
        try (Connection next = open()) {
            KeptStatements.prepared(next, "SELECT 1");
            assertThat(KeptStatements.connections()).doesNotContain(closed).contains(next);
        }
    }

    @Test
    void underAPoolItIsTheDriversConnectionThatKeepsThem() throws Exception {
        org.apache.tomcat.jdbc.pool.DataSource pool = new org.apache.tomcat.jdbc.pool.DataSource();
        pool.setUrl("jdbc:sqlite:" + dir.resolve("pooled.db"));
        pool.setDriverClassName("org.sqlite.JDBC");
        try (Connection pooled = pool.getConnection()) {
            Connection physical = KeptStatements.physical(pooled);
            assertThat(physical).isNotSameAs(pooled).isInstanceOf(org.sqlite.SQLiteConnection.class);
        } finally {
            pool.close();
        }
    }
}
