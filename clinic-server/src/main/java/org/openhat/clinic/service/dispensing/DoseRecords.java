package org.openhat.clinic.service.dispensing;

import java.sql.SQLException;
import java.util.stream.Collectors;
import org.openhat.clinic.core.dosing.DoseCheckOutcome;
import org.openhat.clinic.core.dosing.PreDoseAssessment;

/** How a dose record keeps the check it passed and the assessment before it: plain, readable text. */
final class DoseRecords {
    private DoseRecords() {
    }

    static String findingsText(DoseCheckOutcome outcome) {
        String text = outcome.findings().stream()
                .map(f -> f.rule() + " " + f.verdict() + ": " + f.reason() + " " + f.figures())
                .collect(Collectors.joining("\n"));
        return text.length() > 7900 ? text.substring(0, 7900) : text;
    }

    static String assessmentText(PreDoseAssessment a) {
        String text = "sedation=" + a.sedationScore() + "; bacPermille=" + a.breathAlcoholPermilleBac()
                + "; respiratoryRate=" + a.respiratoryRatePerMinute() + "; spo2=" + a.spo2Percent()
                + "; pupils=" + a.pupils() + "; drowsy=" + a.drowsy() + "; coUse=" + a.coUseSuspected()
                + "; concerns=" + (a.nurseConcerns() == null ? "" : a.nurseConcerns());
        return text.length() > 1990 ? text.substring(0, 1990) : text;
    }

    /**
     * Whether the database's own error names {@code word} (the column SQLite names, or the index
     * PostgreSQL names). Only SQLExceptions: JDBI's wrappers quote the whole statement.
     */
    static boolean mentions(Throwable e, String word) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException && String.valueOf(t.getMessage()).contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** SQLite says SQLITE_CONSTRAINT_UNIQUE; PostgreSQL says SQLSTATE 23505. */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("23505".equals(sql.getSQLState())
                    || String.valueOf(sql.getMessage()).contains("UNIQUE constraint failed"))) {
                return true;
            }
        }
        return false;
    }
}
