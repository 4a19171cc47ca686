package uk.homecare.portal.brokerage;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.Failures;

/** Ticks variations: unanswered proposals lapse, accepted terms come into force on their date. Every node runs it. */
@Singleton
@Requires(property = "portal.cascade.enabled", notEquals = "false")
class VariationJob {

    private static final Logger LOG = LoggerFactory.getLogger(VariationJob.class);

    private final VariationLapsing lapsing;
    private final Clock clock;

    VariationJob(VariationLapsing lapsing, Clock clock) {
        this.lapsing = lapsing;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${portal.cascade.interval:30s}", initialDelay = "${portal.cascade.initial-delay:10s}")
    void tick() {
        try {
            int lapsed = lapsing.lapse(clock.instant());
            int applied = lapsing.applyDue(UkTime.today(clock), clock.instant());
            if (lapsed + applied > 0) {
                LOG.info("Variations: {} lapsed, {} came into force", lapsed, applied);
            }
        } catch (RuntimeException e) {
            LOG.warn("Variation tick failed; the next tick retries: {}", Failures.describe(e));
        }
    }
}
