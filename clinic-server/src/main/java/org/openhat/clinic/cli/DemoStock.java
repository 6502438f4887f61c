package org.openhat.clinic.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openhat.clinic.core.register.Receipt;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.register.RegisterService;

/**
 * The 100 mg ampoules in the demo safe, batch by batch: deliveries arrive through the register's
 * RECEIPT lines (put away through KIOSK-1's safe) when stock runs low, and each dose is taken from the oldest batch that still holds
 * all the ampoules it needs. The delivery a week before today is always batch
 * {@link DemoClinic#BATCH_100}, the batch printed on the demo's ampoule pack, so a newcomer's scan
 * names a batch that is in the safe.
 */
final class DemoStock {
    static final long DELIVERY_AMPOULES = 1000;
    private static final long REORDER_BELOW = 300;
    private static final int CURRENT_BATCH_DAYS_AGO = 7;
    private static final DateTimeFormatter BATCH_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    private final Transactor transactor;
    private final RegisterService register;
    private final HistoricSafeOpenings openings;
    private final long ledgerId;
    private final DemoTeam team;
    private final Map<String, Long> ampoulesByBatch = new LinkedHashMap<>();
    private int deliveries;

    DemoStock(Transactor transactor, RegisterService register, HistoricSafeOpenings openings, long productId,
              DemoTeam team) {
        this.transactor = transactor;
        this.register = register;
        this.openings = openings;
        this.ledgerId = transactor.read(tx -> register.ledgerForProduct(tx, productId)).id();
        this.team = team;
    }

    /** The morning delivery, when one is due on {@code date}, received by the pharmacist with a nurse. */
    void deliverIfDue(LocalDate date, LocalDate today, Instant at) {
        boolean current = date.equals(today.minusDays(CURRENT_BATCH_DAYS_AGO));
        if (!current && onHand() >= REORDER_BELOW) {
            return;
        }
        String batch = current ? DemoClinic.BATCH_100 : "DM100-" + BATCH_DATE.format(date);
        deliveries++;
        String station = team.kiosk(0).code();
        String opening = transactor.inTransaction(tx ->
                openings.openForDelivery(tx, station, team.pharmacist(), team.nurse(0), at));
        register.record(ledgerId, new Receipt(at, "Alliance Healthcare (Distribution) Ltd",
                "Unit 2, Teesside Industrial Estate, Stockton-on-Tees TS17 9JX", DELIVERY_AMPOULES,
                "INV-" + BATCH_DATE.format(date) + "-" + deliveries, batch, date.plusMonths(18), team.nurse(0),
                opening == null ? null : station, opening), team.pharmacist());
        ampoulesByBatch.merge(batch, DELIVERY_AMPOULES, Long::sum);
    }

    /** Takes {@code ampoules} from the oldest batch that holds them all; returns its batch number. */
    String take(long ampoules) {
        for (Map.Entry<String, Long> batch : ampoulesByBatch.entrySet()) {
            if (batch.getValue() >= ampoules) {
                batch.setValue(batch.getValue() - ampoules);
                return batch.getKey();
            }
        }
        throw new IllegalStateException("the demo safe ran out of 100 mg ampoules: deliver more often");
    }

    long onHand() {
        return ampoulesByBatch.values().stream().mapToLong(Long::longValue).sum();
    }
}
