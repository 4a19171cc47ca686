package uk.homecare.portal.platform;

import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets a worker that claims batches by lease stop cleanly: once the node is stopping no batch is claimed (one leased
 * then could never be sent, and would wait out its lease), and a claim already under way finishes before stopping
 * returns, never cut in two.
 */
public final class StoppingGate {

    private volatile boolean stopping;
    private final ReentrantLock claiming = new ReentrantLock();

    /** Marks the node as stopping, after any claim under way has finished. */
    public void stop() {
        claiming.lock();
        try {
            stopping = true;
        } finally {
            claiming.unlock();
        }
    }

    public boolean stopping() {
        return stopping;
    }

    /** Runs the claim as one step that {@link #stop()} waits for; nothing when the node is already stopping. */
    public <T> Optional<T> unlessStopping(Supplier<T> claim) {
        claiming.lock();
        try {
            return stopping ? Optional.empty() : Optional.of(claim.get());
        } finally {
            claiming.unlock();
        }
    }
}
