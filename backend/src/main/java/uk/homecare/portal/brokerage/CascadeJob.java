package uk.homecare.portal.brokerage;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.Failures;

/**
 * Ticks the cascade: packages whose window has closed move on, and hand-backs due today re-enter.
 * Every node runs it; the cascade claims packages with SKIP LOCKED, so no package moves twice.
 */
@Singleton
@Requires(property = "portal.cascade.enabled", notEquals = "false")
class CascadeJob {

    private static final Logger LOG = LoggerFactory.getLogger(CascadeJob.class);

    private final Cascade cascade;
    private final Clock clock;

    CascadeJob(Cascade cascade, Clock clock) {
        this.cascade = cascade;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${portal.cascade.interval:30s}", initialDelay = "${portal.cascade.initial-delay:10s}")
    void tick() {
        try {
            var lapsed = cascade.advanceLapsed(clock.instant());
            var handedBack = cascade.takeBackHandedBack(UkTime.today(clock), clock.instant());
            if (lapsed.packages() + handedBack.packages() > 0) {
                LOG.info("Cascade moved {} packages on lapsed windows and {} handed back; {} offers made, {} lapsed",
                        lapsed.packages(), handedBack.packages(), lapsed.offers() + handedBack.offers(), lapsed.lapsed());
            }
        } catch (RuntimeException e) {
            LOG.warn("Cascade tick failed; the next tick retries: {}", Failures.describe(e));
        }
    }
}
