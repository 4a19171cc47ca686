package uk.homecare.portal.retention;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.platform.Failures;

/**
 * Makes next months' partitions every six hours on every node ({@code portal.partitions.interval}); off when
 * {@code portal.partitions.enabled} is false. Three months ahead, so a node down for weeks still leaves time.
 */
@Singleton
@Requires(property = "portal.partitions.enabled", notEquals = "false")
class MonthPartitionsJob {

    private static final Logger LOG = LoggerFactory.getLogger(MonthPartitionsJob.class);

    private final MonthPartitions partitions;
    private final Clock clock;

    MonthPartitionsJob(MonthPartitions partitions, Clock clock) {
        this.partitions = partitions;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${portal.partitions.interval:6h}", initialDelay = "${portal.partitions.initial-delay:1m}")
    void makeAhead() {
        try {
            int made = partitions.makeAhead(clock.instant());
            if (made > 0) {
                LOG.info("Made {} month partitions ahead", made);
            }
        } catch (RuntimeException e) {
            LOG.warn("Making month partitions failed; it runs again next time: {}", Failures.describe(e));
        }
    }
}
