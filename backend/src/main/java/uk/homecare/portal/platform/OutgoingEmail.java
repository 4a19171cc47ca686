package uk.homecare.portal.platform;

import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Queues an e-mail of no council (an invitation, a password reset) in the outbox that
 * {@code notification.EmailOutbox} sends, in the caller's transaction: it is sent only if that commits.
 * Here, below every feature, so that any feature may send one without depending on notifications.
 */
@Singleton
public final class OutgoingEmail {

    private static final String QUEUE = """
            insert into email_outbox (to_address, subject, body, created_at, next_attempt_at)
            values (?, ?, ?, ?::timestamptz, ?::timestamptz)""";

    private final Sql sql;
    private final Clock clock;

    OutgoingEmail(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    public void queue(String to, String subject, String body) {
        var now = clock.instant();
        sql.update(QUEUE, to, subject, body, now, now);
    }
}
