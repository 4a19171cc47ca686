package uk.homecare.portal.brokerage;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.platform.Failures;

/** Ticks escalation: see {@link Escalation}. Every node runs it; SKIP LOCKED and the once-only mark keep each emergency single. */
@Singleton
@Requires(property = "portal.cascade.enabled", notEquals = "false")
class EscalationJob {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationJob.class);

    private final Escalation escalation;
    private final Clock clock;

    EscalationJob(Escalation escalation, Clock clock) {
        this.escalation = escalation;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${portal.escalation.interval:1m}", initialDelay = "${portal.cascade.initial-delay:10s}")
    void tick() {
        try {
            int escalated = escalation.escalateDue(clock.instant());
            if (escalated > 0) {
                LOG.info("{} packages waited past their urgency's window and became emergencies", escalated);
            }
        } catch (RuntimeException e) {
            LOG.warn("Escalation tick failed; the next tick retries: {}", Failures.describe(e));
        }
    }
}
