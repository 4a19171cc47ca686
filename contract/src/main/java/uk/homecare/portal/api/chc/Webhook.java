package uk.homecare.portal.api.chc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A partner's webhook subscription and how its deliveries are going. {@code secret} is there only in
 * the answer to the registration, once: keep it to check the signatures. {@code pendingDeliveries} are
 * waiting or being retried; {@code failedDeliveries} were given up after the last try. {@code lastError}
 * is the most recent failed try of any delivery (an HTTP status or the kind of network failure).
 */
@Serdeable
public record Webhook(
        UUID id,
        String url,
        boolean active,
        Instant createdAt,
        @Nullable String secret,
        long pendingDeliveries,
        long failedDeliveries,
        @Nullable Instant lastDeliveredAt,
        @Nullable String lastError,
        @Nullable Instant lastErrorAt) {}
