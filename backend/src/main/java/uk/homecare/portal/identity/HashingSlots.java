package uk.homecare.portal.identity;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * At most so many memory-hard hashes at once; the rest wait their turn in arrival order. Each slot keeps the working
 * memory of the hashes it runs: a running hash borrows one buffer with its permit and gives it back with it, so the
 * memory is allocated once a slot (on the slot's first hash) and reused, instead of once a hash.
 */
final class HashingSlots {

    private final Semaphore slots;
    private final int bufferLongs;
    /** Buffers not lent now; never more than there are slots, as only a permit holder takes or returns one. */
    private final ConcurrentLinkedQueue<long[]> buffers = new ConcurrentLinkedQueue<>();

    HashingSlots(int slots) {
        this(slots, 0);
    }

    HashingSlots(int slots, int bufferLongs) {
        if (slots < 1) {
            throw new IllegalArgumentException("at least one slot");
        }
        if (bufferLongs < 0) {
            throw new IllegalArgumentException("a buffer has no negative length");
        }
        this.slots = new Semaphore(slots, true);
        this.bufferLongs = bufferLongs;
    }

    /** One slot a core, each with a buffer of so many longs. */
    static HashingSlots oneACore(int bufferLongs) {
        return new HashingSlots(Runtime.getRuntime().availableProcessors(), bufferLongs);
    }

    <T> T run(Supplier<T> hashing) {
        slots.acquireUninterruptibly();
        try {
            return hashing.get();
        } finally {
            slots.release();
        }
    }

    /** Runs a hash in a slot, lending it the slot's buffer, which is its alone until it returns. */
    <T> T run(Function<long[], T> hashing) {
        slots.acquireUninterruptibly();
        try {
            long[] buffer = buffers.poll();
            if (buffer == null) {
                buffer = new long[bufferLongs];
            }
            try {
                return hashing.apply(buffer);
            } finally {
                buffers.offer(buffer);
            }
        } finally {
            slots.release();
        }
    }
}
