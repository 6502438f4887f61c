package org.openhat.clinic.service.register;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openhat.clinic.core.register.RegisterEntry;

/**
 * Checks a ledger's entries, in order, on a thread of its own while the caller reads the next
 * ones from the database. Reading a row (the driver's native calls, a string per column) and
 * checking it (canonical bytes, SHA-256, the links and balances) cost about the same, so with two
 * cores a walk takes about as long as the reading alone (docs/performance.md, "Register"). The
 * check itself stays sequential: one thread applies it to every entry in line order and stops at
 * the first that fails, exactly as a single-threaded walk would.
 */
final class CheckingThread implements AutoCloseable {
    private static final int BATCH = 512;
    private static final RegisterEntry[] END = new RegisterEntry[0];

    private final BlockingQueue<RegisterEntry[]> batches = new ArrayBlockingQueue<>(16);
    private final Function<RegisterEntry, String> check;
    private final Thread thread;
    private RegisterEntry[] batch = new RegisterEntry[BATCH];
    private int filled;
    private volatile String problem;
    private volatile RuntimeException failure;

    /** {@code check} returns why an entry does not match, or null; it only ever runs on the checking thread. */
    CheckingThread(Function<RegisterEntry, String> check) {
        this.check = check;
        this.thread = new Thread(this::run, "register-verify-check");
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands an entry over; false once an entry has failed, when reading on is pointless. */
    boolean offer(RegisterEntry entry) {
        batch[filled++] = entry;
        if (filled == BATCH) {
            hand(batch);
            batch = new RegisterEntry[BATCH];
            filled = 0;
        }
        return problem == null && failure == null;
    }

    /** Waits for every entry handed over to be checked; the first problem in line order, or null. */
    String finish() {
        if (filled > 0) {
            hand(Arrays.copyOf(batch, filled));
            filled = 0;
        }
        hand(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the register was being checked", e);
        }
        if (failure != null) {
            throw failure;
        }
        return problem;
    }

    private void hand(RegisterEntry[] entries) {
        try {
            // the checker stops taking once it has found a problem, so never wait on a full queue for it
            while (!batches.offer(entries, 20, TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the register was being checked", e);
        }
    }

    private void run() {
        try {
            while (true) {
                RegisterEntry[] entries = batches.take();
                if (entries == END) {
                    return;
                }
                for (RegisterEntry entry : entries) {
                    String found = check.apply(entry);
                    if (found != null) {
                        problem = found;
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** Stops the checking thread if the walk ended early (the reader failed). */
    @Override
    public void close() {
        thread.interrupt();
    }
}
