package uk.homecare.portal.platform;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;

/**
 * The token signing secret comes from the environment. The demo secret is accepted only in demo
 * mode and tests; anywhere else the portal refuses to start without a real secret of 32 characters
 * or more.
 */
@Context
public final class SigningSecretPolicy {

    /** Published in the source on purpose: it signs nothing outside demo mode. */
    public static final String DEMO_SECRET = "demo-only-signing-secret-never-use-in-production-2026";

    static final int MIN_LENGTH = 32;

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
    }
}
