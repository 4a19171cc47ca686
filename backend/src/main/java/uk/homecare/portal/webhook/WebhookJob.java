package uk.homecare.portal.webhook;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the webhook sender on every node; the database decides who sends what. Off when
 * {@code portal.webhooks.enabled} is false.
 */
@Singleton
@Requires(property = "portal.webhooks.enabled", notEquals = "false")
class WebhookJob {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookJob.class);
    /** At most this many batches a run, so one run ends even while work keeps arriving. */
    private static final int MAX_BATCHES = 20;

    private final WebhookSender sender;
    private final Clock clock;

    WebhookJob(WebhookSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${portal.webhooks.interval:5s}", initialDelay = "${portal.webhooks.interval:5s}")
    void deliverDue() {
        try {
            for (int i = 0; i < MAX_BATCHES && sender.deliverDue(clock.instant()).claimed() == sender.batchSize(); i++) {
                // another batch is waiting
            }
        } catch (RuntimeException e) {
            LOG.warn("Webhook run failed; it runs again next time: {}", WebhookSender.failureOf(e));
        }
    }
}
