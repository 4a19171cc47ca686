package uk.homecare.portal.notification;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.email.BodyType;
import io.micronaut.email.Contact;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.platform.Failures;
import uk.homecare.portal.platform.StoppingGate;

/**
 * Sends the queued e-mails over SMTP. Each node claims a batch with SKIP LOCKED and a lease, sends it
 * one e-mail after another while the lease has more than {@link MailSettings#sendingMargin()} left (a slow mail
 * server must not keep a node sending e-mails whose lease has run out, which another node may have claimed and
 * sent meanwhile: the rest of the batch waits for the lease to run out and is claimed again), and records each result: sent, or one more failed try with the next try after a doubling wait (one
 * minute, two, four... at most an hour), until it gives up after the configured number of tries. An
 * SMTP outage loses nothing: the e-mails wait in the table. Without an SMTP host nothing is sent. An e-mail
 * comes from the configured address, under the name its council set in its settings (if it set one). A stopping
 * node claims no further batch and starts no further e-mail: what it holds waits for its lease to run out.
 */
@Singleton
public class EmailOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(EmailOutbox.class);

    /** What one run did. */
    public record Delivery(int claimed, int sent, int failed) {
        static final Delivery NONE = new Delivery(0, 0, 0);
    }

    private final EmailQueue queue;
    private final EmailSender<?, ?> sender;
    private final MailSettings settings;
    private final Clock clock;
    private final StoppingGate gate = new StoppingGate();

    EmailOutbox(EmailQueue queue, EmailSender<?, ?> sender, MailSettings settings, Clock clock) {
        this.queue = queue;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (settings.sending()) {
            LOG.info("E-mail is sent through the configured SMTP server.");
        } else {
            LOG.info("E-mail sending is off: no SMTP host is configured (SMTP_HOST). E-mails stay queued.");
        }
    }

    @PreDestroy
    void close() {
        gate.stop();
    }

    /** Sends one batch of the e-mails due at {@code now}; does nothing when sending is off or the node is stopping. */
    public Delivery sendDue(Instant now) {
        if (!settings.sending()) {
            return Delivery.NONE;
        }
        Instant leaseEnds = now.plus(settings.lease());
        var claim = gate.unlessStopping(() -> queue.claim(now, leaseEnds, settings.batchSize()));
        if (claim.isEmpty()) {
            return Delivery.NONE;
        }
        List<EmailQueue.Queued> claimed = claim.get();
        int sent = 0;
        int tried = 0;
        for (EmailQueue.Queued email : claimed) {
            if (gate.stopping()) {
                LOG.info("E-mail batch stopped with {} of {} e-mails left: this node is stopping; they are claimed again after their lease",
                        claimed.size() - tried, claimed.size());
                break;
            }
            if (!clock.instant().plus(settings.sendingMargin()).isBefore(leaseEnds)) {
                LOG.warn("E-mail batch stopped with {} of {} e-mails left: their lease runs out within {}; they are claimed again after it",
                        claimed.size() - tried, claimed.size(), settings.sendingMargin());
                break;
            }
            tried++;
            if (send(email, now)) {
                sent++;
            }
        }
        return new Delivery(claimed.size(), sent, tried - sent);
    }

    int batchSize() {
        return settings.batchSize();
    }

    private boolean send(EmailQueue.Queued email, Instant now) {
        try {
            sender.send(Email.builder()
                    .from(email.senderName() == null ? new Contact(settings.from()) : new Contact(settings.from(), email.senderName()))
                    .to(email.to())
                    .subject(email.subject())
                    .body(email.body(), BodyType.TEXT));
        } catch (RuntimeException e) {
            int attempts = email.attempts() + 1;
            boolean givingUp = attempts >= settings.maxAttempts();
            // The log and the row name the failure, never the address or the text.
            LOG.warn("E-mail {} not sent (try {} of {}): {}", email.id(), attempts, settings.maxAttempts(), describe(e));
            queue.failed(email.id(), describe(e), now.plus(settings.retryAfter(attempts)), givingUp ? now : null);
            return false;
        }
        queue.sent(email.id(), now);
        return true;
    }

    /** The chain of exception types, e.g. "EmailException < MailConnectException < ConnectException": no personal data. */
    static String describe(Throwable failure) {
        return Failures.kinds(failure);
    }
}
