package uk.homecare.portal.notification;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;

/** The e-mail outbox table: claiming due e-mails for one node, and recording how each try went. */
@Singleton
class EmailQueue {

    /** Takes due e-mails that no other node holds and leases them until {@code leaseUntil}. */
    private static final String CLAIM = """
            update email_outbox e
               set next_attempt_at = ?::timestamptz
             where e.id in (select d.id from email_outbox d
                             where d.sent_at is null and d.gave_up_at is null and d.next_attempt_at <= ?::timestamptz
                             order by d.next_attempt_at
                             limit ?
                               for update skip locked)
            returning e.id, e.to_address, e.subject, e.body, e.attempts,
                      (select c.email_sender_name from council c where c.id = e.council_id) as sender_name""";

    private static final String SENT = """
            update email_outbox set sent_at = ?::timestamptz, last_error = null
             where id = ? and sent_at is null""";

    private static final String FAILED = """
            update email_outbox
               set attempts = attempts + 1, last_error = ?, next_attempt_at = ?::timestamptz, gave_up_at = ?::timestamptz
             where id = ? and sent_at is null""";

    /** One claimed e-mail, how many tries it has already failed, and the name its council's e-mails come from, if it set one. */
    record Queued(UUID id, String to, String subject, String body, int attempts, @Nullable String senderName) {}

    private final Sql sql;
    private final AcrossCouncils acrossCouncils;

    EmailQueue(Sql sql, AcrossCouncils acrossCouncils) {
        this.sql = sql;
        this.acrossCouncils = acrossCouncils;
    }

    List<Queued> claim(Instant now, Instant leaseUntil, int limit) {
        return acrossCouncils.run("the e-mail sender claims every council's due e-mails", () ->
                sql.list(CLAIM, row -> new Queued(Sql.uuid(row, "id"), row.getString("to_address"),
                        row.getString("subject"), row.getString("body"), row.getInt("attempts"), row.getString("sender_name")),
                        leaseUntil, now, limit));
    }

    void sent(UUID id, Instant now) {
        acrossCouncils.run("the e-mail sender records a sent e-mail", () -> sql.update(SENT, now, id));
    }

    /** Records a failed try: when to try again, or that the portal gave up (the row stays, for people to see). */
    void failed(UUID id, String error, Instant retryAt, @Nullable Instant gaveUpAt) {
        acrossCouncils.run("the e-mail sender records a failed try", () -> sql.update(FAILED, error, retryAt, gaveUpAt, id));
    }
}
