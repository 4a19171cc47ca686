package uk.homecare.portal.notification;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * How e-mail leaves the portal: the SMTP server ({@code SMTP_HOST}, {@code SMTP_PORT}, {@code SMTP_USER},
 * {@code SMTP_PASSWORD}), the sender address ({@code MAIL_FROM}) and the retry policy. Without an SMTP host
 * (the demo) nothing is sent and e-mails stay queued.
 */
@Singleton
final class MailSettings {

    private static final Duration SENDING_MARGIN = Duration.ofMinutes(1);

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String from;
    private final boolean startTls;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration firstRetry;
    private final Duration longestRetry;
    private final Duration lease;

    MailSettings(@Property(name = "portal.mail.smtp-host") @Nullable String host,
                 @Property(name = "portal.mail.smtp-port", defaultValue = "25") int port,
                 @Property(name = "portal.mail.smtp-user") @Nullable String user,
                 @Property(name = "portal.mail.smtp-password") @Nullable String password,
                 @Property(name = "portal.mail.from", defaultValue = "no-reply@homecare-portal.invalid") String from,
                 @Property(name = "portal.mail.starttls", defaultValue = "true") boolean startTls,
                 @Property(name = "portal.mail.batch-size", defaultValue = "50") int batchSize,
                 @Property(name = "portal.mail.max-attempts", defaultValue = "10") int maxAttempts,
                 @Property(name = "portal.mail.first-retry", defaultValue = "1m") Duration firstRetry,
                 @Property(name = "portal.mail.longest-retry", defaultValue = "1h") Duration longestRetry,
                 @Property(name = "portal.mail.lease", defaultValue = "5m") Duration lease) {
        this.host = host == null ? "" : host.strip();
        this.port = port;
        this.user = user == null ? "" : user.strip();
        this.password = password == null ? "" : password;
        this.from = from;
        this.startTls = startTls;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
        this.longestRetry = longestRetry;
        this.lease = lease;
        if (lease.compareTo(SENDING_MARGIN.multipliedBy(2)) < 0) {
            throw new IllegalStateException("portal.mail.lease must be at least " + SENDING_MARGIN.multipliedBy(2));
        }
    }

    boolean sending() {
        return !host.isEmpty();
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    String from() {
        return from;
    }

    boolean startTls() {
        return startTls;
    }

    int batchSize() {
        return batchSize;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** How long a node may take to send a claimed e-mail before another node may claim it again. */
    Duration lease() {
        return lease;
    }

    /**
     * How much of its lease a node keeps in hand: it starts no e-mail of its batch once less is left. Sending one
     * e-mail takes at most a few of SmtpSessions' 10 s timeouts (connect, then each read or write), well within it.
     */
    Duration sendingMargin() {
        return SENDING_MARGIN;
    }

    /** The wait before the next try after {@code attempts} failed ones: doubling from the first retry, capped. */
    Duration retryAfter(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(longestRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }
}
