package uk.homecare.portal.api.chc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * One event on its way to a webhook. {@code id} is the {@code Webhook-Id} header, the same on every try;
 * {@code eventId} is the event's feed cursor. {@code attempts} counts the tries made, {@code lastStatus}
 * is the HTTP status of the latest one (absent when it got no answer), and {@code lastError} the latest
 * failure, kept after a later success. Not yet delivered and not given up: {@code nextAttemptAt} says when.
 */
@Serdeable
public record WebhookDelivery(
        UUID id,
        String eventId,
        String type,
        Instant createdAt,
        int attempts,
        @Nullable Integer lastStatus,
        @Nullable String lastError,
        @Nullable Instant lastAttemptAt,
        @Nullable Instant nextAttemptAt,
        @Nullable Instant deliveredAt,
        @Nullable Instant gaveUpAt) {}
