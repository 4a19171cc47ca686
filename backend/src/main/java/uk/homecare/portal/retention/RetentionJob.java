package uk.homecare.portal.retention;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.platform.Failures;

/** Runs retention every hour on every node ({@code portal.retention.interval}); off when {@code portal.retention.enabled} is false. */
@Singleton
@Requires(property = "portal.retention.enabled", notEquals = "false")
class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final Retention retention;
    private final Clock clock;

    RetentionJob(Retention retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${portal.retention.interval:1h}", initialDelay = "${portal.retention.initial-delay:5m}")
    void expire() {
        try {
            Retention.Removed removed = retention.expire(clock.instant());
            LOG.info("Retention removed {} idempotency keys, {} webhook deliveries, {} assertion ids, {} sign-in counters, "
                            + "{} month partitions",
                    removed.idempotencyKeys(), removed.webhookDeliveries(), removed.assertionIds(), removed.signInCounters(),
                    removed.partitionsDropped().size());
        } catch (RuntimeException e) {
            LOG.warn("Retention failed; it runs again next time: {}", Failures.describe(e));
        }
    }
}
