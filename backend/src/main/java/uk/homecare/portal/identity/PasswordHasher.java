package uk.homecare.portal.identity;

/** One-way hashing of passwords and client secrets with a slow, memory-hard function. */
public interface PasswordHasher {

    String hash(String secret);

    boolean matches(String secret, String encodedHash);
}
