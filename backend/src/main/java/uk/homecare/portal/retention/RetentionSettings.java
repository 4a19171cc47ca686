package uk.homecare.portal.retention;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How long each kind of short-lived record is kept ({@code portal.retention.*}): an idempotency key long after any client
 * would retry, a finished webhook delivery long enough for the partner to look at its tries; a used client
 * assertion id only until the assertion itself expires (after that it cannot be replayed anyway).
 */
@ConfigurationProperties("portal.retention")
record RetentionSettings(
        @Bindable(defaultValue = "30d") Duration idempotencyKeys,
        @Bindable(defaultValue = "30d") Duration webhookDeliveries,
        @Bindable(defaultValue = "5000") int batchSize) {
}
