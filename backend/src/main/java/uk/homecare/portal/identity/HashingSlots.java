package uk.homecare.portal.identity;

import java.time.Clock;
import java.time.Duration;
import java.nio.LongBuffer;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * At most so many memory-hard hashes at once; the rest wait their turn in arrival order. The slots share the working
 * memory of the hashes they run: a running hash borrows one buffer with its permit and gives it back with it, so a
 * burst of sign-ins allocates a buffer once a slot and reuses it, instead of once a hash.
 *
 * <p>A buffer is kept only while it is in use: one that no hash has borrowed for {@code keptFor} is freed (when a
 * hash gives a buffer back, and by {@link #releaseIdle()}, which the hasher calls every few seconds), so that after a
 * burst the 19 MiB a slot go back to the operating system ({@link WorkingMemory}, outside the heap) instead of being
 * held until the next sign-in. Buffers given back are lent again most recent first, so that when fewer hashes run at
 * once than there are slots, the buffers of the slots not needed go idle and are freed.
 */
final class HashingSlots {

    private final Semaphore slots;
    private final int bufferLongs;
    private final Clock clock;
    private final Duration keptFor;
    /** Buffers not lent now, the most recently given back first; never more than there are slots. Guarded by itself. */
    private final ArrayDeque<Returned> buffers = new ArrayDeque<>();

    private record Returned(WorkingMemory memory, Instant at) {}

    /** Slots that lend no memory. */
    HashingSlots(int slots) {
        this(slots, 0, null, Duration.ZERO);
    }

    /** Slots that lend buffers of so many longs, each dropped once it has not been borrowed for {@code keptFor}. */
    HashingSlots(int slots, int bufferLongs, Clock clock, Duration keptFor) {
        if (slots < 1) {
            throw new IllegalArgumentException("at least one slot");
        }
        if (bufferLongs < 0) {
            throw new IllegalArgumentException("a buffer has no negative length");
        }
        if (bufferLongs > 0 && clock == null || keptFor.isNegative()) {
            throw new IllegalArgumentException("buffers need a clock and a time to be kept for");
        }
        this.slots = new Semaphore(slots, true);
        this.bufferLongs = bufferLongs;
        this.clock = clock;
        this.keptFor = keptFor;
    }

    /** One slot a core, each lending a buffer of so many longs while it is busy. */
    static HashingSlots oneACore(int bufferLongs, Clock clock, Duration keptFor) {
        return new HashingSlots(Runtime.getRuntime().availableProcessors(), bufferLongs, clock, keptFor);
    }

    <T> T run(Supplier<T> hashing) {
        slots.acquireUninterruptibly();
        try {
            return hashing.get();
        } finally {
            slots.release();
        }
    }

    /** Runs a hash in a slot, lending it a buffer, which is its alone until it returns. */
    <T> T run(Function<LongBuffer, T> hashing) {
        slots.acquireUninterruptibly();
        try {
            WorkingMemory buffer = borrow();
            try {
                return hashing.apply(buffer.longs());
            } finally {
                giveBack(buffer);
            }
        } finally {
            slots.release();
        }
    }

    /** Frees the buffers not borrowed for {@code keptFor}; says how many it freed. */
    int releaseIdle() {
        List<WorkingMemory> idle;
        synchronized (buffers) {
            idle = takeIdle(clock.instant());
        }
        idle.forEach(WorkingMemory::close);
        return idle.size();
    }

    /** Buffers kept now, not lent. */
    int kept() {
        synchronized (buffers) {
            return buffers.size();
        }
    }

    private WorkingMemory borrow() {
        Returned kept;
        synchronized (buffers) {
            kept = buffers.pollFirst();
        }
        return kept != null ? kept.memory() : WorkingMemory.allocate(bufferLongs);
    }

    private void giveBack(WorkingMemory buffer) {
        List<WorkingMemory> idle;
        synchronized (buffers) {
            Instant now = clock.instant();
            buffers.addFirst(new Returned(buffer, now));
            idle = takeIdle(now);
        }
        idle.forEach(WorkingMemory::close);
    }

    /** Takes out the buffers given back {@code keptFor} ago or longer, for the caller to free. */
    private List<WorkingMemory> takeIdle(Instant now) {
        Instant usedSince = now.minus(keptFor);
        List<WorkingMemory> idle = new ArrayList<>(0);
        for (Iterator<Returned> oldestFirst = buffers.descendingIterator(); oldestFirst.hasNext(); ) {
            Returned returned = oldestFirst.next();
            if (returned.at().isAfter(usedSince)) {
                break;
            }
            oldestFirst.remove();
            idle.add(returned.memory());
        }
        return idle;
    }
}
