package org.openhat.clinic.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.openhat.devices.safe.SafeEvent;
import org.openhat.devices.safe.SafeEventCode;

/**
 * How a safe event's code is kept in {@code safe_event.code}: by name, so the register reads
 * plainly; a code this server does not know is kept by number ({@code CODE_12}), as the safe
 * sent it, and reads back as {@link SafeEventCode#UNKNOWN}.
 */
public final class StoredSafeEventCode implements ColumnMapper<SafeEventCode> {
    private static final String BY_NUMBER = "CODE_";

    public static String of(SafeEvent event) {
        SafeEventCode kind = event.kind();
        return kind == SafeEventCode.UNKNOWN ? BY_NUMBER + event.code() : kind.name();
    }

    static SafeEventCode parse(String stored) {
        return stored.startsWith(BY_NUMBER) ? SafeEventCode.UNKNOWN : SafeEventCode.valueOf(stored);
    }

    @Override
    public SafeEventCode map(ResultSet rs, int columnNumber, StatementContext ctx) throws SQLException {
        return parse(rs.getString(columnNumber));
    }
}
