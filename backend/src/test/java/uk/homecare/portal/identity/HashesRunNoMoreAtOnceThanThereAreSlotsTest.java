package uk.homecare.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.testing.MovableClock;

class HashesRunNoMoreAtOnceThanThereAreSlotsTest {

    @Test
    void sixteen_sign_ins_at_once_hash_two_at_a_time_and_all_get_their_answer() throws Exception {
        HashingSlots slots = new HashingSlots(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch twoIn = new CountDownLatch(2);
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 16; i++) {
                int n = i;
                answers.add(threads.submit(() -> {
                    start.await();
                    return slots.run(() -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        twoIn.countDown();
                        awaitQuietly(twoIn);
                        for (int spin = 0; spin < 200_000; spin++) {
                            Thread.onSpinWait();
                        }
                        running.decrementAndGet();
                        return n * n;
                    });
                }));
            }
            start.countDown();
            for (int i = 0; i < 16; i++) {
                assertThat(answers.get(i).get()).isEqualTo(i * i);
            }
        }
        assertThat(most.get()).isEqualTo(2);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void each_slot_lends_its_one_buffer_to_every_hash_it_runs_so_a_burst_allocates_no_more_buffers_than_slots()
            throws Exception {
        HashingSlots slots = new HashingSlots(2, 1024, new MovableClock(), Duration.ofSeconds(5));
        java.util.Set<java.nio.LongBuffer> lent = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        uk.homecare.portal.testing.Race.of(12, i -> slots.run(buffer -> {
            synchronized (lent) {
                lent.add(buffer);
            }
            return buffer.capacity();
        }));

        assertThat(lent).hasSizeLessThanOrEqualTo(2).allSatisfy(buffer -> assertThat(buffer.capacity()).isEqualTo(1024));
        java.nio.LongBuffer first = slots.run(buffer -> buffer);
        assertThat(lent).contains(first);
    }

    @Test
    void a_hash_that_fails_gives_its_slot_and_its_buffer_back() {
        HashingSlots buffered = new HashingSlots(1, 8, new MovableClock(), Duration.ofSeconds(5));
        java.nio.LongBuffer buffer = buffered.run(lent -> lent);
        try {
            buffered.run(lent -> { throw new IllegalStateException("broken"); });
        } catch (IllegalStateException expected) {
            // the buffer goes back with the slot
        }
        java.nio.LongBuffer afterwards = buffered.run(lent -> lent);
        assertThat(afterwards).isSameAs(buffer);
    }

    @Test
    void a_hash_that_fails_gives_its_slot_back() {
        HashingSlots slots = new HashingSlots(1);
        for (int i = 0; i < 3; i++) {
            try {
                slots.run(() -> { throw new IllegalStateException("broken"); });
            } catch (IllegalStateException expected) {
                // the next run must still find the one slot free
            }
        }
        assertThat(slots.run(() -> "free")).isEqualTo("free");
    }
}
