package org.openhat.clinic.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WriteTurnsTest {

    @Test
    void writersQueuedBehindATurnWriteInTheOrderTheyArrived() throws Exception {
        WriteTurns turns = WriteTurns.oneAtATime(Duration.ofSeconds(10));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        Thread first = new Thread(() -> turns.take(() -> {
            holding.countDown();
            await(release);
            order.add("first");
            return null;
        }));
        first.start();
        holding.await();
        List<Thread> queued = new java.util.ArrayList<>();
        for (String name : List.of("second", "third", "fourth")) {
            Thread writer = new Thread(() -> turns.take(() -> order.add(name)));
            writer.start();
            waitUntilWaiting(writer);
            queued.add(writer);
        }
        release.countDown();
        first.join();
        for (Thread writer : queued) {
            writer.join();
        }
        assertThat(order).containsExactly("first", "second", "third", "fourth");
    }

    @Test
    void onlyOneWriterHoldsTheTurnAtATime() throws Exception {
        WriteTurns turns = WriteTurns.oneAtATime(Duration.ofSeconds(10));
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Thread> writers = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread writer = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    turns.take(() -> {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.yield();
                        return inside.decrementAndGet();
                    });
                }
            });
            writer.start();
            writers.add(writer);
        }
        for (Thread writer : writers) {
            writer.join();
        }
        assertThat(most).hasValue(1);
    }

    @Test
    void aWriterThatWaitsLongerThanTheDatabasesBusyTimeoutGivesUpAndWritesNothing() throws Exception {
        WriteTurns turns = WriteTurns.oneAtATime(Duration.ofMillis(100));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> turns.take(() -> {
            holding.countDown();
            await(release);
            return null;
        }));
        holder.start();
        holding.await();
        AtomicInteger writes = new AtomicInteger();
        assertThatThrownBy(() -> turns.take(writes::incrementAndGet))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("the database is busy");
        release.countDown();
        holder.join();
        assertThat(writes).hasValue(0);
        assertThat(turns.take(writes::incrementAndGet)).isEqualTo(1);
    }

    @Test
    void aWriteNestedInsideTheSameThreadsTurnRunsAtOnce() {
        WriteTurns turns = WriteTurns.oneAtATime(Duration.ofMillis(100));
        assertThat(turns.take(() -> turns.take(() -> "nested"))).isEqualTo("nested");
    }

    @Test
    void theTurnIsGivenBackWhenTheWriteFails() {
        WriteTurns turns = WriteTurns.oneAtATime(Duration.ofMillis(100));
        assertThatThrownBy(() -> turns.take(() -> {
            throw new IllegalArgumentException("refused");
        })).hasMessage("refused");
        assertThat(turns.take(() -> "next")).isEqualTo("next");
    }

    @Test
    void concurrentWritersDoNotWaitForEachOther() throws Exception {
        WriteTurns turns = WriteTurns.concurrent();
        CountDownLatch bothInside = new CountDownLatch(2);
        Thread other = new Thread(() -> turns.take(() -> {
            bothInside.countDown();
            return await(bothInside);
        }));
        other.start();
        boolean met = turns.take(() -> {
            bothInside.countDown();
            return await(bothInside);
        });
        other.join();
        assertThat(met).isTrue();
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntilWaiting(Thread writer) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (writer.getState() != Thread.State.WAITING && writer.getState() != Thread.State.TIMED_WAITING) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(writer + " never queued");
            }
            Thread.sleep(1);
        }
    }
}
