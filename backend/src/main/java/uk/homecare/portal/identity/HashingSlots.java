package uk.homecare.portal.identity;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/** At most so many memory-hard hashes at once; the rest wait their turn in arrival order. */
final class HashingSlots {

    private final Semaphore slots;

    HashingSlots(int slots) {
        if (slots < 1) {
            throw new IllegalArgumentException("at least one slot");
        }
        this.slots = new Semaphore(slots, true);
    }

    static HashingSlots oneACore() {
        return new HashingSlots(Runtime.getRuntime().availableProcessors());
    }

    <T> T run(Supplier<T> hashing) {
        slots.acquireUninterruptibly();
        try {
            return hashing.get();
        } finally {
            slots.release();
        }
    }
}
