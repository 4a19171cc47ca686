package uk.homecare.portal.identity;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import io.micronaut.security.token.claims.JtiGenerator;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.generator.claims.JWTClaimsSetGenerator;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;

/**
 * Bearer tokens are issued and checked on the application's one clock, like every other time rule: a
 * token's issue, not-before and expiry times come from it, and a token is refused once the clock passes
 * its expiry or before its not-before time (an expiry is required). A token must also name this portal as its
 * issuer ({@code iss}, the application's name).
 */
@Factory
final class TokenTimes {

    @Singleton
    @Replaces(JWTClaimsSetGenerator.class)
    JWTClaimsSetGenerator claims(TokenConfiguration configuration, @Nullable JtiGenerator ids,
                                 @Nullable ClaimsAudienceProvider audience, @Nullable ApplicationConfiguration application,
                                 Clock clock) {
        return new ClockedClaims(configuration, ids, audience, application, clock);
    }

    static boolean current(Claims claims, Instant now) {
        Instant expiry = instant(claims.get(Claims.EXPIRATION_TIME));
        Instant notBefore = instant(claims.get(Claims.NOT_BEFORE));
        return expiry != null && now.isBefore(expiry) && (notBefore == null || !now.isBefore(notBefore));
    }

    private static @Nullable Instant instant(@Nullable Object value) {
        return switch (value) {
            case Date date -> date.toInstant();
            case Instant instant -> instant;
            case Number seconds -> Instant.ofEpochSecond(seconds.longValue());
            case null, default -> null;
        };
    }

    /**
     * Refuses a token without an expiry, past it, or before its not-before time, by the application's clock, and one
     * that does not name this portal as its issuer.
     */
    @Singleton
    static final class Current<T> implements GenericJwtClaimsValidator<T> {

        private final Clock clock;
        private final String issuer;

        Current(Clock clock, ApplicationConfiguration application) {
            this.clock = clock;
            this.issuer = application.getName().orElseThrow(() -> new IllegalStateException("micronaut.application.name is not set"));
        }

        @Override
        public boolean validate(Claims claims, @Nullable T request) {
            return issuer.equals(claims.get(Claims.ISSUER)) && current(claims, clock.instant());
        }
    }

    private static final class ClockedClaims extends JWTClaimsSetGenerator {

        private final Clock clock;

        ClockedClaims(TokenConfiguration configuration, @Nullable JtiGenerator ids, @Nullable ClaimsAudienceProvider audience,
                      @Nullable ApplicationConfiguration application, Clock clock) {
            super(configuration, ids, audience, application);
            this.clock = clock;
        }

        @Override
        protected void populateExp(JWTClaimsSet.Builder builder, @Nullable Integer seconds) {
            if (seconds != null) {
                builder.expirationTime(Date.from(clock.instant().plusSeconds(seconds)));
            }
        }

        @Override
        protected void populateNbf(JWTClaimsSet.Builder builder) {
            builder.notBeforeTime(Date.from(clock.instant()));
        }

        @Override
        protected void populateIat(JWTClaimsSet.Builder builder) {
            builder.issueTime(Date.from(clock.instant()));
        }
    }
}
