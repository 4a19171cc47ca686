package uk.homecare.portal.compliance;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.Failures;

/**
 * Runs the expiry reminders on every node, hourly by default; the database decides who sends what (ExpiryReminders).
 * Off with the notifications ({@code portal.notifications.enabled} false).
 */
@Singleton
@Requires(property = "portal.notifications.enabled", notEquals = "false")
class ComplianceJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ComplianceJobs.class);
    private static final int MAX_BATCHES = 20;

    private final ExpiryReminders reminders;
    private final Clock clock;

    ComplianceJobs(ExpiryReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${portal.compliance.reminder-interval:1h}", initialDelay = "${portal.compliance.reminder-interval:1h}")
    void remindDue() {
        try {
            for (int i = 0; i < MAX_BATCHES
                    && reminders.remindDue(UkTime.today(clock), clock.instant()).reminders() == ExpiryReminders.BATCH; i++) {
                // another batch is waiting
            }
        } catch (RuntimeException e) {
            LOG.warn("Compliance reminders run failed; it runs again next time: {}", Failures.describe(e));
        }
    }
}
