package uk.homecare.portal.chc;


import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import uk.homecare.portal.api.chc.EventPage;
import uk.homecare.portal.api.chc.PartnerEvent;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;

/**
 * The partner's event feed. Events are read in (transaction id, id) order and only from transactions
 * older than the oldest one still running, so an event that commits late can never fall behind a
 * cursor already handed out: a reader that keeps its last cursor sees every event exactly once.
 */
@Singleton
class EventFeed {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    /** The SQL that reads events as the wire shows them; {@code id} is the cursor. */
    static final String SELECT = """
            select e.txid::text || '-' || e.id as cursor, e.txid::text as txid, e.id, e.type, e.occurred_at, e.package_id,
                   p.reference, p.partner_reference, e.status, e.previous_status, e.weekly_minutes, e.start_date,
                   e.awarded_provider_id, e.reason, o.name as awarded_provider_name
              from partner_event e
              join care_package p on p.id = e.package_id
              left join organisation o on o.id = e.awarded_provider_id
            """;

    private record Cursor(String txid, long id) {
        static final Cursor START = new Cursor("0", 0);

        static Cursor parse(@Nullable String text) {
            if (text == null || text.isBlank()) {
                return START;
            }
            String[] parts = text.split("-");
            if (parts.length != 2 || !parts[0].matches("[0-9]{1,20}") || !parts[1].matches("[0-9]{1,19}")) {
                throw ChcProblems.invalid("after", "chc.cursor.invalid");
            }
            return new Cursor(parts[0], Long.parseLong(parts[1]));
        }
    }

    private final Sql sql;

    EventFeed(Sql sql) {
        this.sql = sql;
    }

    EventPage after(Actor partner, @Nullable String after, @Nullable Integer limit) {
        Cursor cursor = Cursor.parse(after);
        int size = limit == null ? DEFAULT_LIMIT : Math.clamp(limit, 1, MAX_LIMIT);
        List<PartnerEvent> events = sql.list(SELECT + """
                 where e.partner_id = ? and e.council_id = any(?)
                   and e.txid < pg_snapshot_xmin(pg_current_snapshot())
                   and (e.txid, e.id) > (?::xid8, ?::bigint)
                 order by e.txid, e.id
                 limit ?""", PartnerEventRows::read, partner.homeOrganisation(),
                List.copyOf(partner.councilIds()), cursor.txid(), cursor.id(), size);
        return new EventPage(events, events.isEmpty() ? (after == null || after.isBlank() ? null : after) : events.getLast().id());
    }
}
