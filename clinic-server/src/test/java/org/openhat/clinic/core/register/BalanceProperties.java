package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.service.register.RegisterService;
import org.openhat.clinic.service.register.RegisterVerifier;

/** Whatever mix of movements staff attempt, the balance is the sum of those accepted and never below zero. */
class BalanceProperties {
    private static RegisterFixture f;
    private static int premises;

    @BeforeContainer
    static void open() throws Exception {
        f = RegisterFixture.sqlite(Files.createTempDirectory("register-balance"));
    }

    @AfterContainer
    static void close() {
        f.close();
    }

    record Op(EntryKind kind, long amount, String batch) {
        RegisterLine line(RegisterFixture f) {
            return switch (kind) {
                case RECEIPT -> new Receipt(f.now(), "Alliance", "Stockton", amount, "INV", batch,
                        LocalDate.of(2028, 1, 1), f.secondNurse, null, null);
                case ADMINISTRATION -> new Administration(f.now(), 3, "M O", "addr", 1, "Dr P", amount,
                        amount * 100 - 10, batch, f.secondNurse, null, null, null);
                case RETURN -> new StockReturn(f.now(), amount, batch, "Alliance", "Stockton", "damaged",
                        f.secondNurse, null, null);
                case CORRECTION -> new Correction(f.now(), 1L, "miscount", amount, batch, f.secondNurse);
                default -> throw new IllegalArgumentException(kind.name());
            };
        }

        /** Corrections that move stock are the pharmacist's. */
        long recorder(RegisterFixture f) {
            return kind == EntryKind.CORRECTION ? f.pharmacist : f.nurse;
        }

        long movement() {
            return kind == EntryKind.RECEIPT || kind == EntryKind.CORRECTION ? amount : -amount;
        }
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<EntryKind> kinds = Arbitraries.of(EntryKind.RECEIPT, EntryKind.ADMINISTRATION, EntryKind.RETURN,
                EntryKind.CORRECTION);
        Arbitrary<Long> amounts = Arbitraries.longs().between(1, 6);
        Arbitrary<String> batches = Arbitraries.of("A", "B");
        Arbitrary<Op> op = Combinators.combine(kinds, amounts, batches, Arbitraries.of(1L, -1L))
                .as((k, a, b, sign) -> new Op(k, k == EntryKind.CORRECTION ? a * sign : a, b));
        return op.list().ofMinSize(1).ofMaxSize(15);
    }

    @Property(tries = 30)
    void balanceIsTheSumOfAcceptedMovementsAndNeverNegative(@ForAll("operations") List<Op> ops) {
        RegisterService register = new RegisterService(f.transactor(), f.clock, "P" + ++premises);
        long ledgerId = register.openLedger(f.product100, f.pharmacist).id();
        Map<String, Long> batches = new HashMap<>();
        long accepted = 0;
        for (Op op : ops) {
            boolean batchKnown = batches.containsKey(op.batch());
            boolean hasEntries = !batches.isEmpty();
            boolean shouldAccept = op.kind() == EntryKind.RECEIPT
                    || (batchKnown && batches.get(op.batch()) + op.movement() >= 0
                    && (op.kind() != EntryKind.CORRECTION || hasEntries));
            try {
                RegisterEntry entry = register.record(ledgerId, op.line(f), op.recorder(f));
                assertThat(shouldAccept).as("accepted %s", op).isTrue();
                batches.merge(op.batch(), op.movement(), Long::sum);
                accepted += op.movement();
                assertThat(entry.balance()).isEqualTo(accepted).isNotNegative();
                assertThat(entry.batchBalance()).isEqualTo(batches.get(op.batch())).isNotNegative();
            } catch (ValidationException refused) {
                assertThat(shouldAccept).as("refused %s: %s", op, refused.getMessage()).isFalse();
            }
        }
        assertThat(register.ledger(ledgerId).balance()).isEqualTo(accepted);
        long sum = register.page(ledgerId, EntryFilter.ALL, 0, RegisterService.MAX_PAGE).stream()
                .mapToLong(RegisterEntry::ampoules).sum();
        assertThat(sum).isEqualTo(accepted);
        assertThat(new RegisterVerifier(f.transactor(), null).verify(ledgerId).intact()).isTrue();
    }
}
