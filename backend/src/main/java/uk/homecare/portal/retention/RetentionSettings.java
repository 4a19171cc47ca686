package uk.homecare.portal.retention;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How long each kind of short-lived record is kept ({@code portal.retention.*}): an idempotency key long after any client
 * would retry, a finished webhook delivery long enough for the partner to look at its tries; a used client
 * assertion id only until the assertion itself expires (after that it cannot be replayed anyway). A sent (or given up)
 * e-mail 30 days (its body is personal data, kept only to answer "was it sent?"), a partner event a year (partners read
 * the feed within days; a year covers any catch-up). The audit trail and the hours ledger are records the law asks the
 * council to keep (docs/scaling.md): they are kept unless {@code audit-events} and {@code hours-ledger} are set, and
 * the database refuses any period shorter than six years.
 */
@ConfigurationProperties("portal.retention")
record RetentionSettings(
        @Bindable(defaultValue = "30d") Duration idempotencyKeys,
        @Bindable(defaultValue = "30d") Duration webhookDeliveries,
        @Bindable(defaultValue = "30d") Duration emails,
        @Bindable(defaultValue = "365d") Duration partnerEvents,
        @Nullable Duration auditEvents,
        @Nullable Duration hoursLedger,
        @Bindable(defaultValue = "5000") int batchSize) {
}
