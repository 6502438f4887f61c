package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.core.register.print.RegisterCsv;
import org.openhat.clinic.service.register.print.RegisterExports;

class RegisterExportTest {
    @TempDir
    Path dir;
    RegisterFixture f;
    RegisterExports exports;

    @BeforeEach
    void open() {
        f = RegisterFixture.sqlite(dir);
        exports = new RegisterExports(f.transactor(), "Teesside HAT clinic");
        f.record(f.receipt(10, "B1"));
        f.record(f.administration(1, 60, "B1"));
        f.record(f.destruction(2, "B1"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void csvHasOneRowPerEntryUnderThePaperHeadings() {
        StringWriter out = new StringWriter();
        exports.csv(f.ledger.id(), EntryFilter.ALL, out);
        List<String> rows = out.toString().lines().toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).isEqualTo(RegisterCsv.HEADER);
        assertThat(rows.get(1)).startsWith(f.ledger.id() + ",1,2026-11-23 09:00,RECEIPT,"
                + "\"Alliance Healthcare, Unit 4, Teesside Park, Stockton TS17 7BW\",Invoice INV-B1,10,,10,B1,10,"
                + "Expiry 2028-06-30,Amara Okoye RN,Ben Carter RN,");
        assertThat(rows.get(2)).contains(",ADMINISTRATION,\"Michael O'Neill, 3 Marton Road, Middlesbrough TS4 2ND\","
                + "Prescriber: Dr Priya Patel,,1,9,B1,9,Administered 60 mg,");
        assertThat(rows.get(3)).contains(",DESTRUCTION,,\"Authorised witness: Morag Reid, CDAO authorised witness "
                + "(AW-2026-17)\",,2,7,");
    }

    @Test
    void csvFiltersByKindAndDefusesSpreadsheetFormulas() {
        StringWriter out = new StringWriter();
        exports.csv(f.ledger.id(), new EntryFilter(EntryKind.ADMINISTRATION, null, null, null), out);
        assertThat(out.toString().lines()).hasSize(2);
        assertThat(RegisterCsv.text("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void pdfHasAPagePerLedgerWithTheDrugAtTheHeadAndTheRegulationsHeadings() throws Exception {
        f.register.openLedger(f.product500, f.pharmacist);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.pdf(null, EntryFilter.ALL, out);
        PdfReader reader = new PdfReader(out.toByteArray());
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        String first = text.getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(first).contains("Schedule 2 controlled drug: diamorphine hydrochloride")
                .contains("100 mg").contains("Quantity obtained").contains("Quantity supplied")
                .contains("Alliance Healthcare").contains("Michael O'Neill").contains("Dr Priya Patel")
                .contains("Morag Reid");
        assertThat(text.getTextFromPage(2).replaceAll("\\s+", " ")).doesNotContain("100 mg").contains("500 mg").contains("No entries.");
    }
}
