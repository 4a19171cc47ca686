package uk.homecare.portal.platform;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;

/**
 * The token signing secret comes from the environment. The demo secret is accepted only in demo
 * mode and tests; anywhere else the portal refuses to start without a real secret: 32 characters or more
 * that look random (an estimate of at least 128 bits from how varied its characters are, and not one short
 * piece repeated), so "aaaa..." or "abcabc..." cannot sign tokens.
 */
@Context
public final class SigningSecretPolicy {

    /** Published in the source on purpose: it signs nothing outside demo mode. */
    public static final String DEMO_SECRET = "demo-only-signing-secret-never-use-in-production-2026";

    static final int MIN_LENGTH = 32;
    static final int MIN_ESTIMATED_BITS = 128;

    SigningSecretPolicy(
            Environment environment,
            @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret:}") String secret) {
        boolean demoOrTest = environment.getActiveNames().contains(PortalMode.DEMO_ENVIRONMENT)
                || environment.getActiveNames().contains(Environment.TEST);
        if (!demoOrTest) {
            requireProductionSecret(secret);
        }
    }

    static void requireProductionSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new ConfigurationException(
                    "JWT_SECRET is not set. Outside demo mode the portal needs a signing secret of at least "
                            + MIN_LENGTH + " characters in the JWT_SECRET environment variable.");
        }
        if (secret.equals(DEMO_SECRET)) {
            throw new ConfigurationException("JWT_SECRET is the published demo secret; set a real one.");
        }
        if (secret.length() < MIN_LENGTH) {
            throw new ConfigurationException("JWT_SECRET must be at least " + MIN_LENGTH + " characters long.");
        }
        if (estimatedBits(secret) < MIN_ESTIMATED_BITS || repeatsAPiece(secret)) {
            throw new ConfigurationException("JWT_SECRET does not look random enough to sign tokens; "
                    + "make one with: openssl rand -base64 48");
        }
    }

    /** The secret's length times the Shannon entropy of its characters: an upper bound that catches the obvious. */
    static double estimatedBits(String secret) {
        int[] codePoints = secret.codePoints().toArray();
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int c : codePoints) {
            counts.merge(c, 1, Integer::sum);
        }
        double perCharacter = 0;
        for (int count : counts.values()) {
            double p = (double) count / codePoints.length;
            perCharacter -= p * (Math.log(p) / Math.log(2));
        }
        return perCharacter * codePoints.length;
    }

    /** Whether the secret is one piece of at most half its length said again and again ("abcabcabc..."). */
    static boolean repeatsAPiece(String secret) {
        int length = secret.length();
        for (int period = 1; period <= length / 2; period++) {
            boolean repeats = true;
            for (int i = period; i < length && repeats; i++) {
                repeats = secret.charAt(i) == secret.charAt(i - period);
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }
}
