package org.openhat.clinic.core.register.print;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.List;
import org.openhat.clinic.core.register.Ledger;

/**
 * The register printed like the paper one: landscape A4, a new page for each drug and strength,
 * the class of drug and the ledger heading at the head of every page, and the regulations'
 * column headings repeated on each page.
 */
public final class RegisterPdf implements AutoCloseable {
    static final String[] HEADINGS = {"Entry", "Date", "Name and address of supplier or person supplied",
        "Authority / reference", "Quantity obtained", "Quantity supplied", "Balance", "Batch",
        "Particulars", "Entered by", "Witness"};
    private static final float[] WIDTHS = {4, 8, 20, 14, 6, 6, 6, 8, 16, 9, 9};
    private static final Font SMALL = new Font(Font.HELVETICA, 7);
    private static final Font BOLD = new Font(Font.HELVETICA, 7, Font.BOLD);

    private final Document document = new Document(PageSize.A4.rotate(), 24, 24, 56, 36);
    private final Heading heading = new Heading();

    public RegisterPdf(OutputStream out, String clinicName) {
        heading.clinicName = clinicName;
        PdfWriter.getInstance(document, out).setPageEvent(heading);
        document.addTitle("Controlled drugs register - " + clinicName);
        document.open();
    }

    /** Starts a ledger on a fresh page and prints its lines. */
    public void ledger(Ledger ledger, List<PaperLine> lines) {
        document.newPage(); // ends the previous ledger's last page under its own heading
        heading.text = "Schedule 2 controlled drug: " + ledger.heading();
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : HEADINGS) {
            PdfPCell cell = new PdfPCell(new Phrase(h, BOLD));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        for (PaperLine l : lines) {
            for (String value : new String[] {String.valueOf(l.seq()), l.date(), l.entry() + "\n" + l.nameAndAddress(),
                l.authority(), number(l.obtained()), number(l.supplied()), String.valueOf(l.balance()),
                l.batch() + (l.batchBalance() == null ? "" : "\n(" + l.batchBalance() + " in batch)"),
                l.particulars(), l.enteredBy(), l.witness()}) {
                table.addCell(new PdfPCell(new Phrase(value, SMALL)));
            }
        }
        if (lines.isEmpty()) {
            document.add(new Paragraph("No entries.", SMALL));
        } else {
            document.add(table);
        }
    }

    private static String number(Long value) {
        return value == null ? "" : value.toString();
    }

    @Override
    public void close() {
        document.close();
    }

    /** Writes the ledger heading at the top of every page and the page number at the foot. */
    private static final class Heading extends PdfPageEventHelper {
        private String clinicName;
        private String text = "";

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            try {
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                        new Phrase("Controlled drugs register - " + clinicName, BOLD), document.left(),
                        document.top() + 30, 0);
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                        new Phrase(text, new Font(Font.HELVETICA, 10, Font.BOLD)), document.left(),
                        document.top() + 14, 0);
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                        new Phrase("Page " + writer.getPageNumber(), SMALL), document.right(), document.bottom() - 18, 0);
            } catch (DocumentException e) {
                throw new IllegalStateException("Cannot write the page heading", e);
            }
        }
    }
}
