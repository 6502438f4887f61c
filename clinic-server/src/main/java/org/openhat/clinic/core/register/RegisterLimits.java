package org.openhat.clinic.core.register;

/**
 * The most a clinic could ever hold or move in one line. A HAT clinic gives a few hundred
 * ampoules a day; these bounds are two orders of magnitude above that, so they never refuse a real
 * entry, yet they keep every quantity (and every sum of a balance and a movement) far from the
 * limits of a {@code long}: a typing slip of extra zeros is refused by name, never wraps round.
 */
public final class RegisterLimits {
    /** Ampoules in one line: a receipt, destruction, return, waste, count or correction. */
    public static final long MAX_AMPOULES_PER_ENTRY = 100_000;
    /** Ampoules a ledger (or one batch in it) may hold after any line. */
    public static final long MAX_BALANCE = 1_000_000;
    /** Milligrams in one line (a dose or waste): the ampoules of one line at the strongest strength made. */
    public static final long MAX_MG_PER_ENTRY = 10_000_000;

    private RegisterLimits() {
    }
}
