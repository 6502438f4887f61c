package org.openhat.clinic.db.statements;

import java.sql.SQLException;

/**
 * A compiled DAO statement the database refused. The message names the DAO method only, never the
 * SQL or its values (a withholding reason, a patient's name); the driver's exception is the cause,
 * which is where {@code DatabaseFaults} looks for a full disk or a missing reference.
 */
public final class StatementFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StatementFailedException(String method, SQLException cause) {
        super(method + " failed", cause);
    }
}
