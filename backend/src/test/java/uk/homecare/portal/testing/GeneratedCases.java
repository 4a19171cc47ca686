package uk.homecare.portal.testing;

import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Property tests' cases come from one seeded {@link Random}: a new seed each run, or the one given as
 * {@code -Dportal.test.seed=N}. A failure names its seed, so the same cases can be run again.
 */
public final class GeneratedCases {

    public static final String SEED = "portal.test.seed";

    /** The checks of one run, given the random source of its cases. */
    @FunctionalInterface
    public interface Checks {
        void run(Random random) throws Exception;
    }

    private GeneratedCases() {}

    public static void check(Checks checks) throws Exception {
        long seed = Long.getLong(SEED, ThreadLocalRandom.current().nextLong());
        try {
            checks.run(new Random(seed));
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("Generated from seed " + seed + " (again: -D" + SEED + "=" + seed + "): " + e.getMessage(), e);
        }
    }
}
