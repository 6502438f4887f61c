package org.openhat.clinic.db;

import java.sql.Connection;
import org.openhat.clinic.db.statements.KeptStatements;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.openhat.clinic.core.register.RegisterEntry;

/**
 * Reads a whole ledger in line order for the verifier, a row at a time, in plain JDBC on the
 * driver's connection. Verify reads every entry there is (a million in the benchmark, seventeen
 * columns each); through the pool's proxies every column read is a reflective call, and that was
 * most of the walk (docs/performance.md, "Register"). {@code tx.dao(LedgerChainReader.class)}
 * builds it on the handle, inside the caller's transaction.
 */
public final class LedgerChainReader {
    private static final String CHAIN = RegisterDao.ENTRY + " WHERE ledger_id = ? ORDER BY seq";
    /** Rows fetched per round trip on PostgreSQL (which streams only inside a transaction); SQLite steps row by row anyway. */
    private static final int FETCH = 2000;

    private final Connection connection;
    private final RegisterEntryMapper entries;

    public LedgerChainReader(Handle handle) {
        this.connection = KeptStatements.physical(handle.getConnection());
        this.entries = RegisterEntryMapper.forConnection(connection);
    }

    /** What the walk does with each entry; returning false stops it there. */
    @FunctionalInterface
    public interface EntryVisitor {
        boolean visit(RegisterEntry entry);
    }

    /** Visits the ledger's entries in line order until the visitor says stop. */
    public void walk(long ledgerId, EntryVisitor visitor) {
        try (PreparedStatement s = connection.prepareStatement(CHAIN)) {
            s.setFetchSize(FETCH);
            s.setLong(1, ledgerId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (!visitor.visit(entries.map(rs, null))) {
                        return;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading ledger " + ledgerId + " failed: " + e.getMessage(), e);
        }
    }
}
