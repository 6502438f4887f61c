package org.openhat.clinic.core.register.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.openhat.clinic.core.register.Ledger;

/**
 * The register as CSV (RFC 4180), one row per entry under the paper headings. Text that a
 * spreadsheet would run as a formula is prefixed with an apostrophe.
 */
public final class RegisterCsv {
    public static final String HEADER = "ledger,seq,date,entry,name_and_address,authority,quantity_obtained,"
            + "quantity_supplied,balance,batch,batch_balance,particulars,entered_by,witness,hash";

    private final Writer out;

    public RegisterCsv(Writer out) {
        this.out = out;
        write(HEADER);
    }

    public void line(Ledger ledger, PaperLine l) {
        write(String.join(",", String.valueOf(ledger.id()), String.valueOf(l.seq()), l.date(), l.entry(),
                text(l.nameAndAddress()), text(l.authority()), number(l.obtained()), number(l.supplied()),
                String.valueOf(l.balance()), text(l.batch()), number(l.batchBalance()), text(l.particulars()),
                text(l.enteredBy()), text(l.witness()), l.hash()));
    }

    private void write(String row) {
        try {
            out.write(row);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String number(Long value) {
        return value == null ? "" : value.toString();
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
