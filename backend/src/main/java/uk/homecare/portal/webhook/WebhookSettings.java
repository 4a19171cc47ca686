package uk.homecare.portal.webhook;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * How webhooks are sent: batch size, lease, retry policy, HTTP timeouts, how many subscriptions a
 * partner may hold, and whether only https URLs are accepted (always, outside development and tests).
 */
@Singleton
final class WebhookSettings {

    private final int batchSize;
    private final int maxAttempts;
    private final Duration firstRetry;
    private final Duration longestRetry;
    private final Duration lease;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final int maxSubscriptions;
    private final boolean requireHttps;

    WebhookSettings(@Property(name = "portal.webhooks.batch-size", defaultValue = "50") int batchSize,
                    @Property(name = "portal.webhooks.max-attempts", defaultValue = "12") int maxAttempts,
                    @Property(name = "portal.webhooks.first-retry", defaultValue = "30s") Duration firstRetry,
                    @Property(name = "portal.webhooks.longest-retry", defaultValue = "1h") Duration longestRetry,
                    @Property(name = "portal.webhooks.lease", defaultValue = "2m") Duration lease,
                    @Property(name = "portal.webhooks.connect-timeout", defaultValue = "5s") Duration connectTimeout,
                    @Property(name = "portal.webhooks.request-timeout", defaultValue = "10s") Duration requestTimeout,
                    @Property(name = "portal.webhooks.max-subscriptions", defaultValue = "10") int maxSubscriptions,
                    @Property(name = "portal.webhooks.require-https", defaultValue = "true") boolean requireHttps) {
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
        this.longestRetry = longestRetry;
        this.lease = lease;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.maxSubscriptions = maxSubscriptions;
        this.requireHttps = requireHttps;
        if (lease.compareTo(connectTimeout.plus(requestTimeout)) <= 0) {
            throw new IllegalStateException("portal.webhooks.lease must be longer than connect-timeout + request-timeout");
        }
    }

    int batchSize() {
        return batchSize;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** How long a node may take over a claimed batch (they are sent in parallel) before another may claim it again. */
    Duration lease() {
        return lease;
    }

    Duration connectTimeout() {
        return connectTimeout;
    }

    Duration requestTimeout() {
        return requestTimeout;
    }

    int maxSubscriptions() {
        return maxSubscriptions;
    }

    boolean requireHttps() {
        return requireHttps;
    }

    /** The wait before the next try after {@code attempts} failed ones: the first retry, doubling, capped. */
    Duration retryAfter(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.clamp(attempts - 1, 0, 20));
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }
}
