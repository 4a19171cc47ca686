package uk.homecare.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.testing.MovableClock;

/**
 * The slots keep Argon2's working memory only while sign-ins keep coming: a buffer no hash has borrowed for the time
 * it is kept for is dropped, so that the heap can give it back after a burst; the hashes stay the same throughout.
 * Time is the movable clock's.
 */
class IdleHashingSlotsDropTheirMemoryTest {

    private static final byte[] NONE = new byte[0];
    private static final Duration KEPT_FOR = Duration.ofSeconds(5);

    private final MovableClock clock = new MovableClock();

    @Test
    void a_buffer_is_reused_while_hashes_come_sooner_than_it_is_kept_for_and_dropped_once_idle_that_long() {
        HashingSlots slots = new HashingSlots(1, 64, clock, KEPT_FOR);
        LongBuffer first = slots.run(buffer -> buffer);

        clock.advance(KEPT_FOR.minusMillis(1));
        assertThat(slots.releaseIdle()).isZero();
        assertThat(slots.kept()).isEqualTo(1);
        LongBuffer second = slots.run(buffer -> buffer);
        assertThat(second).isSameAs(first);

        clock.advance(KEPT_FOR);
        assertThat(slots.releaseIdle()).isEqualTo(1);
        assertThat(slots.kept()).isZero();
        LongBuffer afterwards = slots.run(buffer -> buffer);
        assertThat(afterwards).isNotSameAs(first);
        assertThat(afterwards.capacity()).isEqualTo(64);
    }

    @Test
    void when_fewer_hashes_run_at_once_than_there_are_slots_the_buffers_not_needed_are_dropped() throws Exception {
        HashingSlots slots = new HashingSlots(2, 64, clock, KEPT_FOR);
        twoAtOnce(slots);
        assertThat(slots.kept()).isEqualTo(2);

        // Then one at a time, each a second after the last: the most recent buffer is lent again, the other goes idle.
        List<LongBuffer> lent = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofSeconds(1));
            lent.add(slots.run(buffer -> buffer));
        }
        assertThat(lent).allSatisfy(buffer -> assertThat(buffer).isSameAs(lent.get(0)));
        assertThat(slots.kept()).isEqualTo(1);

        clock.advance(KEPT_FOR);
        assertThat(slots.releaseIdle()).isEqualTo(1);
        assertThat(slots.kept()).isZero();
    }

    @Test
    void a_buffer_dropped_is_freed_outside_the_heap_and_can_no_longer_be_read() {
        HashingSlots slots = new HashingSlots(1, 64, clock, KEPT_FOR);
        LongBuffer lent = slots.run(buffer -> {
            buffer.put(3, 42L);
            return buffer;
        });
        assertThat(lent.isDirect()).as("outside the heap").isTrue();
        assertThat(lent.get(3)).as("wiped by the next hash, not before: this run wrote it and no hash ran since").isEqualTo(42L);

        clock.advance(KEPT_FOR);
        slots.releaseIdle();

        assertThatThrownBy(() -> lent.get(3)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void working_memory_is_outside_the_heap_on_this_jvm_zeroed_and_freed_when_closed() {
        WorkingMemory memory = WorkingMemory.allocate(1_000);
        LongBuffer longs = memory.longs();
        assertThat(memory.outsideTheHeap()).isTrue();
        assertThat(longs.capacity()).isEqualTo(1_000);
        for (int i = 0; i < longs.capacity(); i++) {
            assertThat(longs.get(i)).isZero();
        }

        memory.close();

        assertThatThrownBy(() -> longs.get(0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nothing_is_kept_between_hashes_when_buffers_are_kept_for_no_time() {
        HashingSlots slots = new HashingSlots(1, 64, clock, Duration.ZERO);
        LongBuffer first = slots.run(buffer -> buffer);
        assertThat(slots.kept()).isZero();
        LongBuffer second = slots.run(buffer -> buffer);
        assertThat(second).isNotSameAs(first);
    }

    @Test
    void argon2_gives_the_same_tags_with_a_reused_buffer_and_with_a_new_one_after_the_old_was_dropped() {
        Argon2id.Cost cost = new Argon2id.Cost(2_048, 2, 1, 32);
        HashingSlots slots = new HashingSlots(1, cost.memoryLongs(), clock, KEPT_FOR);
        byte[] password = "a password".getBytes(StandardCharsets.UTF_8);
        byte[] salt = "sixteen byte slt".getBytes(StandardCharsets.UTF_8);
        byte[] expected = Argon2idTest.bouncyCastle(cost, password, salt, NONE, NONE);

        byte[] fresh = slots.run(buffer -> Argon2id.hash(cost, password, salt, NONE, NONE, buffer));
        byte[] reused = slots.run(buffer -> Argon2id.hash(cost, password, salt, NONE, NONE, buffer));
        clock.advance(KEPT_FOR);
        assertThat(slots.releaseIdle()).isEqualTo(1);
        byte[] afterDropping = slots.run(buffer -> Argon2id.hash(cost, password, salt, NONE, NONE, buffer));

        assertThat(fresh).isEqualTo(expected);
        assertThat(reused).isEqualTo(expected);
        assertThat(afterDropping).isEqualTo(expected);
    }

    @Test
    void the_hasher_verifies_a_password_hashed_before_its_slots_dropped_their_memory() {
        Argon2PasswordHasher hasher = new Argon2PasswordHasher(clock);
        String stored = hasher.hash("a password kept across a quiet spell");

        clock.advance(Argon2PasswordHasher.KEPT_FOR);
        hasher.releaseIdleMemory();

        assertThat(hasher.matches("a password kept across a quiet spell", stored)).isTrue();
        assertThat(hasher.matches("another password", stored)).isFalse();
    }

    /** Two hashes at once, each holding its slot until both are in: both slots' buffers are made and given back. */
    private static void twoAtOnce(HashingSlots slots) throws Exception {
        CountDownLatch bothIn = new CountDownLatch(2);
        List<Future<LongBuffer>> lent = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 2; i++) {
                lent.add(threads.submit(() -> slots.run(buffer -> {
                    bothIn.countDown();
                    try {
                        bothIn.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return buffer;
                })));
            }
            assertThat(lent.get(0).get()).isNotSameAs(lent.get(1).get());
        }
    }
}
