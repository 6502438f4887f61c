package org.openhat.clinic.db;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Who writes next, for a database that takes one writer at a time. SQLite lets one transaction
 * write; another that wants to begin meanwhile is refused SQLITE_BUSY and its busy handler sleeps
 * 1, 2, 5, 10, 15, 20, 25... ms between retries. With appends of a fifth of a millisecond, four
 * kiosks recording at once then spent most of their time asleep: each append cost about ten times
 * what it costs alone (docs/performance.md, "several kiosks at once"). Here the server's own writers
 * queue in arrival order instead and the next one starts the moment the last commits. Another
 * process writing the same file (a command run beside the server) still meets the busy handler.
 *
 * <p>PostgreSQL locks rows, not the database, so its writers do not take turns.
 */
public final class WriteTurns {
    private static final WriteTurns CONCURRENT = new WriteTurns(null, Duration.ZERO);

    private final ReentrantLock turn;
    private final Duration longestWait;

    private WriteTurns(ReentrantLock turn, Duration longestWait) {
        this.turn = turn;
        this.longestWait = longestWait;
    }

    /** Writers run at once and the database orders them (PostgreSQL). */
    public static WriteTurns concurrent() {
        return CONCURRENT;
    }

    /**
     * One writer at a time, first come first served; a writer that has waited {@code longestWait}
     * (the database's own busy timeout) gives up, as it would have on SQLITE_BUSY.
     */
    public static WriteTurns oneAtATime(Duration longestWait) {
        return new WriteTurns(new ReentrantLock(true), longestWait);
    }

    /** Runs {@code write} in this thread's turn. A turn already held by this thread is kept (nesting). */
    public <T> T take(Supplier<T> write) {
        if (turn == null) {
            return write.get();
        }
        try {
            if (!turn.tryLock(longestWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the database is busy: another write held it for " + longestWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to write", e);
        }
        try {
            return write.get();
        } finally {
            turn.unlock();
        }
    }
}
