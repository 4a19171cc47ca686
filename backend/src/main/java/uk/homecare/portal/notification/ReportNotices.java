package uk.homecare.portal.notification;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.platform.Sql;

/**
 * Tells named council staff that a monthly report is ready, in the caller's transaction: a notification in each inbox
 * and, for whoever has an e-mail address, an e-mail in the outbox, each in their own language. The texts name the report,
 * its month and a link to it behind sign-in: never a figure, never a person.
 */
@Singleton
public class ReportNotices {

    /** One person to tell: their account, their council, which report ({@code KPI_SUMMARY} or {@code OUTCOMES}) and its link. */
    public record Recipient(UUID user, UUID council, String report, String link) {}

    private static final String TELL = """
            with told as (
                insert into notification (user_id, council_id, kind, message_key, message_args, created_at)
                select r.u, r.c, 'REPORT_READY', 'report.ready.' || lower(r.k), array[?::text, ?::text, r.l], ?::timestamptz
                  from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[]) as r(u, c, k, l)
                returning id, user_id, message_key, message_args
            )
            select t.id, t.message_key, t.message_args, u.email, u.language
              from told t join app_user u on u.id = t.user_id""";

    private static final String QUEUE = """
            insert into email_outbox (notification_id, to_address, subject, body, created_at, next_attempt_at)
            select n, t, s, b, ?::timestamptz, ?::timestamptz
              from unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) as e(n, t, s, b)""";

    private final Sql sql;

    ReportNotices(Sql sql) {
        this.sql = sql;
    }

    /** Tells each recipient that the report of the days {@code first} to {@code last} is ready; answers how many e-mails were queued. */
    public int tell(List<Recipient> recipients, LocalDate first, LocalDate last, Instant now) {
        if (recipients.isEmpty()) {
            return 0;
        }
        List<Told> told = sql.list(TELL, Told::of, first.toString(), last.toString(), now,
                recipients.stream().map(Recipient::user).toList(), recipients.stream().map(Recipient::council).toList(),
                recipients.stream().map(Recipient::report).toList(), recipients.stream().map(Recipient::link).toList());
        List<UUID> ids = new ArrayList<>();
        List<String> to = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (Told t : told) {
            if (t.email() == null || t.email().isBlank()) {
                continue;
            }
            ids.add(t.id());
            to.add(t.email().strip());
            subjects.add(Texts.render(t.key() + ".subject", t.args(), t.language()));
            bodies.add(Texts.render("report.ready.email", List.of(Texts.render(t.key(), t.args(), t.language())), t.language()));
        }
        return ids.isEmpty() ? 0 : sql.update(QUEUE, now, now, ids, to, subjects, bodies);
    }
}
