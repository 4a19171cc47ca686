package uk.homecare.portal.identity;

/** One-way hashing of passwords and client secrets with a slow, memory-hard function. */
public interface PasswordHasher {

    String hash(String secret);

    boolean matches(String secret, String encodedHash);

    /**
     * Spends the time a real check takes, against the hash of nothing anyone knows: so an answer takes as long
     * whether or not an account matched, and says nothing of which names exist.
     */
    void matchNothing(String secret);
}
