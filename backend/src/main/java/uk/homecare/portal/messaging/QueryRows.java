package uk.homecare.portal.messaging;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.instant;
import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.core.annotation.Nullable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.messaging.QueryAction;
import uk.homecare.portal.api.messaging.QueryMessage;
import uk.homecare.portal.api.messaging.QuerySide;
import uk.homecare.portal.api.messaging.QueryStatus;
import uk.homecare.portal.api.messaging.QuerySummary;
import uk.homecare.portal.api.messaging.QueryType;

/** A query as stored, and how it reads on the wire on a given UK day. */
record QueryRows(UUID id, UUID packageId, String packageReference, NamedRef council, NamedRef provider, QueryType type,
                 String subject, QuerySide raisedBy, Instant raisedAt, QueryStatus stored, @Nullable LocalDate dueOn,
                 Instant lastMessageAt, int messageCount) {

    static final String SELECT = """
            select q.id, q.package_id, p.reference, q.council_id, c.name as council_name, c.name_cy as council_name_cy,
                   q.provider_id, o.name as provider_name, q.type, q.subject, q.raised_by_side, q.raised_at, q.status,
                   q.due_on, q.last_message_at, q.message_count
              from package_query q
              join care_package p on p.id = q.package_id
              join council c on c.id = q.council_id
              join organisation o on o.id = q.provider_id
            """;

    /** Overdue first (longest overdue first), then open by due day, answered, closed; the newest first within each. */
    static final String ORDER = "\n" + """
             order by case when q.status = 'OPEN' and q.due_on < ?::date then 0 when q.status = 'OPEN' then 1
                           when q.status = 'ANSWERED' then 2 else 3 end,
                      q.due_on nulls last, q.last_message_at desc, q.id""";

    static final String MESSAGES = """
            select m.id, m.number, m.side, u.display_name, m.sent_at, m.body
              from package_query_message m join app_user u on u.id = m.author_id
             where m.query_id = ?
             order by m.number""";

    /** Where it stands on {@code today}: an open query past its due day is overdue. */
    QueryStatus status(LocalDate today) {
        return stored == QueryStatus.OPEN && dueOn != null && today.isAfter(dueOn) ? QueryStatus.OVERDUE : stored;
    }

    /** The side it waits for: the one that did not ask, while it is open. */
    @Nullable
    QuerySide awaiting() {
        return stored == QueryStatus.OPEN ? other(raisedBy) : null;
    }

    boolean closed() {
        return stored == QueryStatus.CLOSED;
    }

    QuerySummary toSummary(LocalDate today, List<QueryAction> actions) {
        return new QuerySummary(id, packageId, packageReference, council, provider, type, subject, raisedBy, raisedAt, status(today),
                stored == QueryStatus.OPEN ? dueOn : null, awaiting(), lastMessageAt, messageCount, actions);
    }

    static QuerySide other(QuerySide side) {
        return side == QuerySide.COUNCIL ? QuerySide.PROVIDER : QuerySide.COUNCIL;
    }

    static QueryRows read(ResultSet row) throws SQLException {
        return new QueryRows(uuid(row, "id"), uuid(row, "package_id"), row.getString("reference"),
                new NamedRef(uuid(row, "council_id"), row.getString("council_name"), row.getString("council_name_cy")),
                new NamedRef(uuid(row, "provider_id"), row.getString("provider_name")),
                QueryType.valueOf(row.getString("type")), row.getString("subject"), QuerySide.valueOf(row.getString("raised_by_side")),
                instant(row, "raised_at"), QueryStatus.valueOf(row.getString("status")), date(row, "due_on"),
                instant(row, "last_message_at"), row.getInt("message_count"));
    }

    static QueryMessage message(ResultSet row) throws SQLException {
        return new QueryMessage(uuid(row, "id"), row.getInt("number"), QuerySide.valueOf(row.getString("side")),
                row.getString("display_name"), instant(row, "sent_at"), row.getString("body"));
    }
}
