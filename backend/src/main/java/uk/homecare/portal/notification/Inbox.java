package uk.homecare.portal.notification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.Notification;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;

/** A user's own notifications, newest first, in the user's language. Nobody sees or marks anyone else's. */
@Singleton
class Inbox {

    static final int LIMIT = 100;

    private static final String COLUMNS = """
            n.id, n.created_at, n.kind, n.message_key, n.message_args, n.package_id, n.read_at, u.language""";

    private static final String LIST = """
            select %s
              from notification n join app_user u on u.id = n.user_id
             where n.user_id = ?
             order by n.created_at desc, n.id desc
             limit %d""".formatted(COLUMNS, LIMIT);

    private static final String MARK_READ = """
            with marked as (
                update notification set read_at = coalesce(read_at, ?::timestamptz)
                 where id = ? and user_id = ?
                returning *
            )
            select %s from marked n join app_user u on u.id = n.user_id""".formatted(COLUMNS);

    private final Sql sql;

    Inbox(Sql sql) {
        this.sql = sql;
    }

    @Transactional
    List<Notification> of(UUID userId) {
        return sql.list(LIST, Inbox::notification, userId);
    }

    /** Marks one of the user's notifications read (once: the first time stays); someone else's is not found. */
    @Transactional
    Notification markRead(UUID userId, UUID notificationId, Instant now) {
        return sql.one(MARK_READ, Inbox::notification, now, notificationId, userId)
                .orElseThrow(() -> PortalProblem.notFound("There is no such notification of yours."));
    }

    private static Notification notification(ResultSet row) throws SQLException {
        String text = Texts.render(row.getString("message_key"), Told.strings(row.getArray("message_args")),
                row.getString("language"));
        return new Notification(Sql.uuid(row, "id"), Sql.instant(row, "created_at"), row.getString("kind"), text,
                Sql.uuid(row, "package_id"), row.getTimestamp("read_at") != null);
    }
}
