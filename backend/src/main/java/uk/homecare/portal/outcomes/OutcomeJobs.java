package uk.homecare.portal.outcomes;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.Failures;

/**
 * Runs the monthly KPI snapshots and the monthly report e-mails on every node, hourly by default; the database decides who
 * takes and sends what (MonthlySnapshots, ReportMailing). Each run takes the month just ended by the clock, UK time, so
 * both happen within the hour after midnight on the first of the month, and a node that was down then catches up on its
 * next run. Off with {@code portal.outcomes.enabled} false (tests run them themselves).
 */
@Singleton
@Requires(property = "portal.outcomes.enabled", notEquals = "false")
class OutcomeJobs {

    private static final Logger LOG = LoggerFactory.getLogger(OutcomeJobs.class);
    private static final int MAX_BATCHES = 20;

    private final MonthlySnapshots snapshots;
    private final ReportMailing mailing;
    private final Clock clock;

    OutcomeJobs(MonthlySnapshots snapshots, ReportMailing mailing, Clock clock) {
        this.snapshots = snapshots;
        this.mailing = mailing;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${portal.outcomes.interval:1h}", initialDelay = "${portal.outcomes.initial-delay:2m}")
    void run() {
        try {
            MonthlySnapshots.Run run = snapshots.takeDue(UkTime.today(clock), clock.instant());
            if (run.taken() > 0) {
                LOG.info("KPI snapshots of {} taken for {} councils", run.month(), run.taken());
            }
        } catch (RuntimeException e) {
            LOG.warn("KPI snapshot run failed; it runs again next time: {}", Failures.describe(e));
        }
        try {
            for (int i = 0; i < MAX_BATCHES
                    && mailing.sendDue(UkTime.today(clock), clock.instant()).claimed() == ReportMailing.BATCH; i++) {
                // another batch is waiting
            }
        } catch (RuntimeException e) {
            LOG.warn("Monthly report e-mails run failed; it runs again next time: {}", Failures.describe(e));
        }
    }
}
