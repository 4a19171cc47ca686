package uk.homecare.portal.messaging;

import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.messaging.PackageQueries;
import uk.homecare.portal.api.messaging.PackageQuery;
import uk.homecare.portal.api.messaging.QueryForm;
import uk.homecare.portal.api.messaging.QuerySide;
import uk.homecare.portal.api.messaging.QueryStatus;
import uk.homecare.portal.api.messaging.QuerySummary;
import uk.homecare.portal.api.messaging.ReplyForm;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.messaging.QueryActions.PackageFacts;
import uk.homecare.portal.notification.PackageMessageNotices;
import uk.homecare.portal.platform.Sql;

/**
 * Use cases: a package's queries, the caller's queries (the council's, or the provider's), one query with its
 * messages, start a query, reply to one, close one. A council sees its own queries; a provider only the queries it is
 * a side of; anyone else is told there is no such package or query. Replying and closing lock the query's row, so
 * racing replies are numbered one after another and each moves the status on from the one before, and of racing
 * closes one closes and the others are refused. Each change is an audit event on the package (so it is in the
 * package's history) with the query's type and status, never its text, and the other side is told.
 */
@Singleton
class Queries {

    static final int LIMIT = 500;

    private final Sql sql;
    private final AuditTrail audit;
    private final PackageMessageNotices notices;
    private final Clock clock;

    Queries(Sql sql, AuditTrail audit, PackageMessageNotices notices, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    PackageQueries ofPackage(Actor actor, UUID packageId) {
        PackageFacts p = visiblePackage(actor, packageId);
        LocalDate today = UkTime.today(clock);
        List<QuerySummary> queries = sql.list(QueryRows.SELECT + " where q.package_id = ?" + mine(actor) + QueryRows.ORDER,
                QueryRows::read, withMine(actor, packageId, today)).stream()
                .map(row -> row.toSummary(today, QueryActions.ofQuery(actor, row))).toList();
        return new PackageQueries(p.id(), p.reference(), QueryActions.ofPackage(actor, p), queries);
    }

    @Transactional
    List<QuerySummary> list(Actor actor, @Nullable QueryStatus status) {
        LocalDate today = UkTime.today(clock);
        String where = switch (sideOf(actor)) {
            case COUNCIL -> " where q.council_id = ?";
            case PROVIDER -> " where q.provider_id = ?";
        };
        UUID owner = sideOf(actor) == QuerySide.COUNCIL ? actor.homeCouncil() : actor.homeOrganisation();
        String filter = status == null ? "" : switch (status) {
            case OPEN -> " and q.status = 'OPEN' and q.due_on >= ?::date";
            case OVERDUE -> " and q.status = 'OPEN' and q.due_on < ?::date";
            case ANSWERED -> " and q.status = 'ANSWERED' and ?::date is not null";
            case CLOSED -> " and q.status = 'CLOSED' and ?::date is not null";
        };
        Object[] parameters = status == null ? new Object[] {owner, today, LIMIT} : new Object[] {owner, today, today, LIMIT};
        return sql.list(QueryRows.SELECT + where + filter + QueryRows.ORDER + " limit ?", QueryRows::read, parameters).stream()
                .map(row -> row.toSummary(today, QueryActions.ofQuery(actor, row))).toList();
    }

    @Transactional
    PackageQuery show(Actor actor, UUID queryId) {
        return thread(actor, visibleQuery(actor, queryId, false));
    }

    @Transactional
    PackageQuery start(Actor actor, UUID packageId, QueryForm form) {
        PackageFacts p = visiblePackage(actor, packageId);
        QuerySide side = sideOf(actor);
        if (!QueryActions.mayStart(actor, p)) {
            throw MessagingProblems.conflict(side == QuerySide.PROVIDER ? "messaging.start.not-held" : "messaging.start.not-awarded");
        }
        String subject = text(form.subject(), "subject");
        String body = text(form.body(), "body");
        Instant now = clock.instant();
        LocalDate dueOn = ResponseTimes.dueOn(form.type(), UkTime.today(clock));
        UUID id = sql.one("""
                insert into package_query (council_id, package_id, provider_id, type, subject, raised_by_side, raised_by, raised_at,
                                           status, due_on, last_message_at, message_count)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, 1) returning id""", row -> uuid(row, "id"),
                p.councilId(), p.id(), p.awardedProvider(), form.type().name(), subject, side.name(), actor.id(), now, dueOn, now)
                .orElseThrow();
        sql.update("insert into package_query_message (query_id, number, side, author_id, body, sent_at) values (?, 1, ?, ?, ?, ?)",
                id, side.name(), actor.id(), body, now);
        QueryRows started = visibleQuery(actor, id, false);
        record(actor, AuditAction.QUERY_RAISED, started, started.stored());
        notices.messageSent(id, side == QuerySide.COUNCIL, true, now);
        return thread(actor, started);
    }

    @Transactional
    PackageQuery reply(Actor actor, UUID queryId, ReplyForm form) {
        QueryRows query = visibleQuery(actor, queryId, true);
        if (!QueryActions.mayWrite(actor, query)) {
            throw MessagingProblems.conflict("messaging.closed");
        }
        String body = text(form.body(), "body");
        QuerySide side = sideOf(actor);
        Instant now = clock.instant();
        QueryStatus status;
        LocalDate dueOn;
        if (side == query.raisedBy()) {
            // the asker writes again: it waits for the other side, from today if it had been answered
            status = QueryStatus.OPEN;
            dueOn = query.stored() == QueryStatus.OPEN ? query.dueOn() : ResponseTimes.dueOn(query.type(), UkTime.today(clock));
        } else {
            status = QueryStatus.ANSWERED;
            dueOn = null;
        }
        int number = query.messageCount() + 1;
        sql.update("insert into package_query_message (query_id, number, side, author_id, body, sent_at) values (?, ?, ?, ?, ?, ?)",
                queryId, number, side.name(), actor.id(), body, now);
        sql.update("""
                update package_query set status = ?, due_on = ?::date, last_message_at = ?, message_count = ? where id = ?""",
                status.name(), dueOn, now, number, queryId);
        record(actor, AuditAction.QUERY_REPLIED, query, status);
        notices.messageSent(queryId, side == QuerySide.COUNCIL, false, now);
        return thread(actor, visibleQuery(actor, queryId, false));
    }

    @Transactional
    PackageQuery close(Actor actor, UUID queryId) {
        QueryRows query = visibleQuery(actor, queryId, true);
        if (!QueryActions.mayWrite(actor, query)) {
            throw MessagingProblems.conflict("messaging.closed");
        }
        sql.update("update package_query set status = 'CLOSED', due_on = null, closed_at = ?, closed_by = ? where id = ?",
                clock.instant(), actor.id(), queryId);
        record(actor, AuditAction.QUERY_CLOSED, query, QueryStatus.CLOSED);
        return thread(actor, visibleQuery(actor, queryId, false));
    }

    private PackageQuery thread(Actor actor, QueryRows query) {
        LocalDate today = UkTime.today(clock);
        return new PackageQuery(query.toSummary(today, QueryActions.ofQuery(actor, query)),
                sql.list(QueryRows.MESSAGES, QueryRows::message, query.id()));
    }

    /** The package's history: the query's type and status and who it is with, never its subject or text. */
    private void record(Actor actor, AuditAction action, QueryRows query, QueryStatus status) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("queryId", query.id().toString());
        details.put("queryType", query.type().name());
        details.put("status", status.name());
        details.put("provider", query.provider().name());
        audit.record(actor, query.council().id(), action, "care_package", query.packageId(), details);
    }

    /**
     * The package, if the caller may see its queries: its council's commissioners, and a provider holding it or with a
     * query about it. Anyone else is told there is no such package.
     */
    private PackageFacts visiblePackage(Actor actor, UUID packageId) {
        PackageFacts p = sql.one("""
                select id, council_id, reference, status = 'AWARDED' as awarded, awarded_provider_id from care_package where id = ?""",
                row -> new PackageFacts(uuid(row, "id"), uuid(row, "council_id"), row.getString("reference"), row.getBoolean("awarded"),
                        uuid(row, "awarded_provider_id")), packageId).orElseThrow(MessagingProblems::packageNotFound);
        boolean visible = switch (sideOf(actor)) {
            case COUNCIL -> p.councilId().equals(actor.councilId());
            case PROVIDER -> actor.organisationId() != null && (actor.organisationId().equals(p.awardedProvider())
                    || sql.one("select 1 from package_query where package_id = ? and provider_id = ? limit 1", row -> true,
                            packageId, actor.organisationId()).isPresent());
        };
        if (!visible) {
            throw MessagingProblems.packageNotFound();
        }
        return p;
    }

    /** A query the caller is a side of (with {@code lock}, its row held until the transaction ends); else not found. */
    private QueryRows visibleQuery(Actor actor, UUID queryId, boolean lock) {
        if (lock) {
            sql.one("select id from package_query where id = ? for update", row -> true, queryId);
        }
        QueryRows query = sql.one(QueryRows.SELECT + " where q.id = ?", QueryRows::read, queryId).orElseThrow(MessagingProblems::notFound);
        boolean visible = switch (sideOf(actor)) {
            case COUNCIL -> query.council().id().equals(actor.councilId());
            case PROVIDER -> query.provider().id().equals(actor.organisationId());
        };
        if (!visible) {
            throw MessagingProblems.notFound();
        }
        return query;
    }

    private static String mine(Actor actor) {
        return sideOf(actor) == QuerySide.PROVIDER ? " and q.provider_id = ?" : "";
    }

    private static Object[] withMine(Actor actor, UUID packageId, LocalDate today) {
        return sideOf(actor) == QuerySide.PROVIDER ? new Object[] {packageId, actor.homeOrganisation(), today} : new Object[] {packageId, today};
    }

    private static QuerySide sideOf(Actor actor) {
        QuerySide side = QueryActions.sideOf(actor);
        if (side == null) {
            throw MessagingProblems.notFound();
        }
        return side;
    }

    /** The text without surrounding white space; refused when nothing is left. */
    private static String text(String value, String field) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw MessagingProblems.invalid(field, "messaging.text.empty");
        }
        return stripped;
    }
}
