package uk.homecare.portal.notification;

import io.micronaut.core.annotation.Nullable;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.platform.Sql;

/** A notification just written, with what its e-mail needs: the recipient's address, if they have one, and language. */
record Told(UUID id, String key, List<String> args, @Nullable String email, String language) {

    private static final String QUEUE_EMAILS = """
            insert into email_outbox (notification_id, to_address, subject, body, created_at, next_attempt_at)
            select n, t, s, b, ?::timestamptz, ?::timestamptz
              from unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) as e(n, t, s, b)""";

    /** Reads a row with the notification's id, message_key and message_args, and the recipient's email and language. */
    static Told of(ResultSet row) throws SQLException {
        return new Told(Sql.uuid(row, "id"), row.getString("message_key"), strings(row.getArray("message_args")),
                row.getString("email"), row.getString("language"));
    }

    /** Queues, in the caller's transaction, an e-mail in each recipient's language for everyone told who has an address. */
    static int queueEmails(Sql sql, List<Told> told, Instant now) {
        List<UUID> ids = new ArrayList<>();
        List<String> to = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (Told t : told) {
            if (t.email() == null || t.email().isBlank()) {
                continue;
            }
            Texts.Email email = Texts.email(t.key(), t.args(), t.language());
            ids.add(t.id());
            to.add(t.email().strip());
            subjects.add(email.subject());
            bodies.add(email.body());
        }
        return ids.isEmpty() ? 0 : sql.update(QUEUE_EMAILS, now, now, ids, to, subjects, bodies);
    }

    static List<String> strings(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> strings = new ArrayList<>(values.length);
        for (Object value : values) {
            strings.add(value == null ? "" : value.toString());
        }
        return strings;
    }
}
