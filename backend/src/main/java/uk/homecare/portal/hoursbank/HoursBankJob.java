package uk.homecare.portal.hoursbank;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.Failures;

/**
 * Credits the week's lots on Monday and expires lots after their fourth Sunday, for everyone, and marks the plans it
 * settled for the week ({@code hours_plan.settled_through}), so that their bookings this week skip both. Every
 * node runs it; the statements are idempotent. Bookings (the first of a person's week) and balances also do it for
 * their person first, so nobody waits for a tick.
 */
@Singleton
@Requires(property = "portal.hours-bank.enabled", notEquals = "false")
class HoursBankJob {

    private static final Logger LOG = LoggerFactory.getLogger(HoursBankJob.class);

    private final LotCrediting crediting;
    private final Clock clock;

    HoursBankJob(LotCrediting crediting, Clock clock) {
        this.crediting = crediting;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${portal.hours-bank.interval:5m}", initialDelay = "${portal.hours-bank.initial-delay:20s}")
    void tick() {
        try {
            LocalDate today = UkTime.today(clock);
            LotCrediting.Due due = crediting.settleEveryone(today, clock.instant());
            if (due.credited() + due.expired() > 0) {
                LOG.info("Hours bank: {} weekly lots credited, {} lots expired", due.credited(), due.expired());
            }
        } catch (RuntimeException e) {
            LOG.warn("Hours bank tick failed; the next tick retries: {}", Failures.describe(e));
        }
    }
}
