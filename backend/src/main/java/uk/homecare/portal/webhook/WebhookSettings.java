package uk.homecare.portal.webhook;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How webhooks are sent ({@code portal.webhooks.*}): batch size, the lease a node holds a claimed batch
 * for (they are sent in parallel, so it must outlast one request), the retry policy, HTTP timeouts, how
 * many active webhooks a partner may hold, and whether only https URLs are accepted (always, outside
 * development and tests).
 */
@ConfigurationProperties("portal.webhooks")
record WebhookSettings(
        @Bindable(defaultValue = "50") int batchSize,
        @Bindable(defaultValue = "12") int maxAttempts,
        @Bindable(defaultValue = "30s") Duration firstRetry,
        @Bindable(defaultValue = "1h") Duration longestRetry,
        @Bindable(defaultValue = "2m") Duration lease,
        @Bindable(defaultValue = "5s") Duration connectTimeout,
        @Bindable(defaultValue = "10s") Duration requestTimeout,
        @Bindable(defaultValue = "10") int maxSubscriptions,
        @Bindable(defaultValue = "true") boolean requireHttps) {

    WebhookSettings {
        if (lease.compareTo(connectTimeout.plus(requestTimeout)) <= 0) {
            throw new IllegalStateException("portal.webhooks.lease must be longer than connect-timeout + request-timeout");
        }
    }

    /** The wait before the next try after {@code attempts} failed ones: the first retry, doubling, capped. */
    Duration retryAfter(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.clamp(attempts - 1, 0, 20));
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }
}
