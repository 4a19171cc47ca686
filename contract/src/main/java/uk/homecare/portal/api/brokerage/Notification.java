package uk.homecare.portal.api.brokerage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** Something a provider or commissioner should know about without watching the screen. */
@Serdeable
public record Notification(UUID id, Instant at, String kind, String text, @Nullable UUID packageId, boolean read) {}
