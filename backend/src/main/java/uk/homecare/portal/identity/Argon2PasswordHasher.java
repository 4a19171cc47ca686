package uk.homecare.portal.identity;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

/**
 * Argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane), stored in the PHC string
 * format so the parameters can be raised later without breaking existing hashes. Each hash takes 19 MiB for as
 * long as it runs, so no more run at once than there are cores ({@link HashingSlots}): a burst of sign-ins then
 * queues for the cores it would be waiting for anyway, instead of taking memory. The slots keep their 19 MiB (outside
 * the heap, {@link WorkingMemory}) while they are busy and lend it to every hash they run ({@link Argon2id}), so a
 * burst of sign-ins allocates no more memory than one; a buffer no hash has borrowed for {@link #KEPT_FOR} is freed,
 * so that the portal's memory shrinks back after a burst (bench/ready measures it right after 1,000 sign-ins and
 * 10,000 API calls).
 */
@Singleton
final class Argon2PasswordHasher implements PasswordHasher {

    /** How long the slots keep a buffer no hash has borrowed: a few sign-ins apart still reuse it. */
    static final Duration KEPT_FOR = Duration.ofSeconds(5);

    private volatile String hashOfNothing;

    private static final int MEMORY_KIB = 19_456;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();
    private static final Argon2id.Cost COST = new Argon2id.Cost(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
    private static final byte[] NONE = new byte[0];

    private final SecureRandom random = new SecureRandom();
    private final HashingSlots slots;

    Argon2PasswordHasher(Clock clock) {
        this.slots = HashingSlots.oneACore(COST.memoryLongs(), clock, KEPT_FOR);
    }

    /** Drops the working memory of slots that have been idle for {@link #KEPT_FOR}. */
    @Scheduled(fixedDelay = "${portal.hashing.release-interval:5s}", initialDelay = "${portal.hashing.release-interval:5s}")
    void releaseIdleMemory() {
        slots.releaseIdle();
    }

    @Override
    public String hash(String secret) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = slots.run(memory -> derive(secret, salt, COST, memory));
        return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s"
                .formatted(MEMORY_KIB, ITERATIONS, PARALLELISM, ENCODER.encodeToString(salt), ENCODER.encodeToString(hash));
    }

    @Override
    public boolean matches(String secret, String encodedHash) {
        String[] parts = encodedHash.split("\\$");
        if (parts.length != 6 || !parts[1].equals("argon2id")) {
            return false;
        }
        int memory = 0, iterations = 0, parallelism = 0;
        for (String parameter : parts[3].split(",")) {
            int value = Integer.parseInt(parameter.substring(2));
            switch (parameter.charAt(0)) {
                case 'm' -> memory = value;
                case 't' -> iterations = value;
                case 'p' -> parallelism = value;
                default -> { return false; }
            }
        }
        byte[] expected = DECODER.decode(parts[5]);
        byte[] salt = DECODER.decode(parts[4]);
        Argon2id.Cost cost = new Argon2id.Cost(memory, iterations, parallelism, expected.length);
        byte[] actual = slots.run(buffer -> derive(secret, salt, cost, buffer));
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String secret, byte[] salt, Argon2id.Cost cost, java.nio.LongBuffer memory) {
        byte[] password = secret.getBytes(StandardCharsets.UTF_8);
        try {
            return Argon2id.hash(cost, password, salt, NONE, NONE, memory);
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    @Override
    public void matchNothing(String secret) {
        matches(secret, hashOfNothing());
    }

    /** Made on first use, not at start-up: an Argon2 hash takes a while. */
    private String hashOfNothing() {
        String hash = hashOfNothing;
        if (hash == null) {
            hash = hash(java.util.UUID.randomUUID().toString());
            hashOfNothing = hash;
        }
        return hash;
    }
}
