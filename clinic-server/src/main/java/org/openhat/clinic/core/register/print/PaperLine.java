package org.openhat.clinic.core.register.print;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.openhat.clinic.core.ClinicTime;
import org.openhat.clinic.core.register.RegisterEntry;

/**
 * An entry under the paper register's headings (MDR 2001 reg 19): date; name and address of the
 * supplier or of the person supplied; authority (prescriber, invoice, authorised witness);
 * quantity obtained; quantity supplied; plus the running balance, batch and who signed.
 */
public record PaperLine(long seq, String date, String entry, String nameAndAddress, String authority, Long obtained,
                        Long supplied, long balance, String batch, Long batchBalance, String particulars,
                        String enteredBy, String witness, String hash) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ClinicTime.ZONE);

    public static PaperLine of(RegisterEntry e) {
        Map<String, String> f = e.fields();
        String name = "";
        String authority = "";
        String particulars = "";
        switch (e.kind()) {
            case RECEIPT -> {
                name = f.get("supplier_name") + ", " + f.get("supplier_address");
                authority = "Invoice " + f.get("invoice");
                particulars = "Expiry " + f.get("expiry");
            }
            case ADMINISTRATION -> {
                name = f.get("patient_name") + ", " + f.get("patient_address");
                authority = "Prescriber: " + f.get("prescriber_name");
                particulars = "Administered " + f.get("dose_mg") + " mg";
            }
            case WASTE -> particulars = f.get("waste_mg") + " mg denatured"
                    + (f.containsKey("administration_seq") ? " (remainder of entry " + f.get("administration_seq") + ")" : "");
            case DESTRUCTION -> {
                // Since the witness signs in person their name is the second signer's; earlier entries typed it.
                authority = "Authorised witness: "
                        + f.getOrDefault("authorised_witness_name", f.get("second_staff_name")) + ", "
                        + f.get("authorised_witness_role")
                        + (f.containsKey("authorisation_ref") ? " (" + f.get("authorisation_ref") + ")" : "");
                particulars = "Destroyed: " + f.get("reason");
            }
            case RETURN -> {
                name = f.get("returned_to_name") + ", " + f.get("returned_to_address");
                particulars = "Returned: " + f.get("reason");
            }
            case STOCK_CHECK -> particulars = "Balance check: counted " + f.get("counted") + ", balance "
                    + ("batch".equals(f.get("scope")) ? e.batchBalance() : e.balance());
            case CORRECTION -> particulars = "Correction to entry " + e.correctsSeq() + ": " + f.get("reason");
        }
        Long obtained = e.ampoules() > 0 ? e.ampoules() : null;
        Long supplied = e.ampoules() < 0 ? -e.ampoules() : null;
        return new PaperLine(e.seq(), DATE.format(e.occurredAt()), e.kind().name(), name, authority, obtained, supplied,
                e.balance(), e.batch() == null ? "" : e.batch(), e.batchBalance(), particulars,
                f.getOrDefault("recorded_by_name", ""), f.getOrDefault("second_staff_name", ""), e.hash());
    }
}
