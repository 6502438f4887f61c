package org.openhat.clinic.service.register.print;

import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.register.EntryFilter;
import org.openhat.clinic.core.register.Ledger;
import org.openhat.clinic.core.register.RegisterEntry;
import org.openhat.clinic.core.register.print.PaperLine;
import org.openhat.clinic.core.register.print.RegisterCsv;
import org.openhat.clinic.core.register.print.RegisterPdf;
import org.openhat.clinic.db.RegisterDao;
import org.openhat.clinic.db.Transactor;

/**
 * The register on paper and in a spreadsheet, for pharmacists and inspectors. Pages are read in
 * read-only snapshots, which take no write lock, so printing a long ledger never makes a kiosk's
 * dose wait. A page read after a kiosk's append includes it: the register is append-only and read
 * in line order, so the printout is the ledger as it stood at some moment during the printing.
 */
public class RegisterExports {
    private static final int BATCH = 500;

    private final Transactor transactor;
    private final String clinicName;

    public RegisterExports(Transactor transactor, String clinicName) {
        this.transactor = transactor;
        this.clinicName = clinicName;
    }

    public void csv(long ledgerId, EntryFilter filter, Writer out) {
        Ledger ledger = ledger(ledgerId);
        RegisterCsv csv = new RegisterCsv(out);
        forEachLine(ledgerId, filter, line -> csv.line(ledger, line));
    }

    /** One ledger, or every ledger of the premises (each on its own pages) when {@code ledgerId} is null. */
    public void pdf(Long ledgerId, EntryFilter filter, OutputStream out) {
        List<Ledger> ledgers = ledgerId == null
                ? transactor.readSnapshot(tx -> tx.dao(RegisterDao.class).ledgers())
                : List.of(ledger(ledgerId));
        try (RegisterPdf pdf = new RegisterPdf(out, clinicName)) {
            for (Ledger ledger : ledgers) {
                List<PaperLine> lines = new ArrayList<>();
                forEachLine(ledger.id(), filter, lines::add);
                pdf.ledger(ledger, lines);
            }
        }
    }

    private Ledger ledger(long ledgerId) {
        return transactor.readSnapshot(tx -> tx.dao(RegisterDao.class).ledger(ledgerId))
                .orElseThrow(() -> new NotFoundException("ledger", ledgerId));
    }

    private void forEachLine(long ledgerId, EntryFilter filter, java.util.function.Consumer<PaperLine> sink) {
        long after = 0;
        while (true) {
            long from = after;
            List<RegisterEntry> page = transactor.readSnapshot(tx -> tx.dao(RegisterDao.class).page(ledgerId, from,
                    filter.kind() == null ? null : filter.kind().name(), filter.batch(), filter.from(), filter.to(), BATCH));
            page.forEach(e -> sink.accept(PaperLine.of(e)));
            if (page.size() < BATCH) {
                return;
            }
            after = page.get(page.size() - 1).seq();
        }
    }
}
