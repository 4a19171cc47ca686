package uk.homecare.portal.brokerage;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.Failures;

/** Ticks the hospital hold periods: see {@link HospitalHolds}. Safe on every node. */
@Singleton
@Requires(property = "portal.cascade.enabled", notEquals = "false")
class HospitalHoldJob {

    private static final Logger LOG = LoggerFactory.getLogger(HospitalHoldJob.class);

    private final HospitalHolds holds;
    private final Clock clock;

    HospitalHoldJob(HospitalHolds holds, Clock clock) {
        this.holds = holds;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${portal.hospital-hold.interval:15m}", initialDelay = "${portal.cascade.initial-delay:10s}")
    void tick() {
        try {
            int told = holds.tellPassed(UkTime.today(clock), clock.instant());
            if (told > 0) {
                LOG.info("Hospital hold period passed for {} suspended packages; their councils and providers were told", told);
            }
        } catch (RuntimeException e) {
            LOG.warn("Hospital hold tick failed; the next tick retries: {}", Failures.describe(e));
        }
    }
}
