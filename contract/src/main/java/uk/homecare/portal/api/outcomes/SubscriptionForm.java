package uk.homecare.portal.api.outcomes;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** Which report to e-mail monthly to the account. */
@Serdeable
public record SubscriptionForm(@NotNull ScheduledReport report) {}
