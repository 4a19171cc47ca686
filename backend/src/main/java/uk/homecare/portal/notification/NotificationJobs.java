package uk.homecare.portal.notification;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the notifier and the e-mail sender on every node. Neither keeps state in memory: the database
 * decides who does what. Off when {@code portal.notifications.enabled} is false.
 */
@Singleton
@Requires(property = "portal.notifications.enabled", notEquals = "false")
class NotificationJobs {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationJobs.class);
    /** At most this many batches a run, so one run ends even while work keeps arriving. */
    private static final int MAX_BATCHES = 20;

    private final OfferNotifier notifier;
    private final EmailOutbox outbox;
    private final Clock clock;

    NotificationJobs(OfferNotifier notifier, EmailOutbox outbox, Clock clock) {
        this.notifier = notifier;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${portal.notifications.interval:15s}", initialDelay = "${portal.notifications.interval:15s}")
    void notifyDue() {
        try {
            for (int i = 0; i < MAX_BATCHES && notifier.notifyDue(clock.instant()).full(notifier.batchSize()); i++) {
                // another batch is waiting
            }
        } catch (RuntimeException e) {
            LOG.warn("Notifier run failed; it runs again next time: {}", EmailOutbox.describe(e));
        }
    }

    @Scheduled(fixedDelay = "${portal.mail.interval:15s}", initialDelay = "${portal.mail.interval:15s}")
    void sendDue() {
        try {
            for (int i = 0; i < MAX_BATCHES && outbox.sendDue(clock.instant()).claimed() == outbox.batchSize(); i++) {
                // another batch is waiting
            }
        } catch (RuntimeException e) {
            LOG.warn("E-mail run failed; it runs again next time: {}", EmailOutbox.describe(e));
        }
    }
}
