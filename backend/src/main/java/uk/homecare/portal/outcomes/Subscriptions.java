package uk.homecare.portal.outcomes;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.outcomes.ReportRecipient;
import uk.homecare.portal.api.outcomes.ReportSubscription;
import uk.homecare.portal.api.outcomes.ReportSubscriptions;
import uk.homecare.portal.api.outcomes.ScheduledReport;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Use case: choose which reports the council has e-mailed monthly to which of its staff. A report goes only to an enabled
 * account of the council that may open it: the KPI summary to a commissioner or administrator, the outcomes report to a
 * commissioner (its PDF is the commissioners'). Another account of the council is refused (422, naming accountId); an
 * account of no council or another council is not found (404). Each change is audited.
 */
@Singleton
class Subscriptions {

    private static final String LIST = """
            select s.report, s.recipient_id, u.display_name, s.created_at
              from report_subscription s join app_user u on u.id = s.recipient_id
             where s.council_id = ?
             order by u.display_name, s.recipient_id, s.report""";

    private static final String RECIPIENTS = """
            select id, display_name, role from app_user
             where council_id = ? and enabled and role in ('COMMISSIONER', 'ADMIN')
             order by display_name, id""";

    private final Sql sql;
    private final AuditTrail audit;
    private final Clock clock;

    Subscriptions(Sql sql, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    /** The reports a role may be sent: the ones it may open. */
    static List<ScheduledReport> reportsFor(Role role) {
        return switch (role) {
            case COMMISSIONER -> List.of(ScheduledReport.KPI_SUMMARY, ScheduledReport.OUTCOMES);
            case ADMIN -> List.of(ScheduledReport.KPI_SUMMARY);
            default -> List.of();
        };
    }

    ReportSubscriptions list(Actor actor) {
        UUID council = actor.homeCouncil();
        List<ReportSubscription> subscriptions = sql.list(LIST, row -> new ReportSubscription(
                ScheduledReport.valueOf(row.getString("report")),
                new NamedRef(Sql.uuid(row, "recipient_id"), row.getString("display_name")), Sql.instant(row, "created_at")), council);
        List<ReportRecipient> recipients = sql.list(RECIPIENTS, row -> {
            Role role = Role.valueOf(row.getString("role"));
            return new ReportRecipient(Sql.uuid(row, "id"), row.getString("display_name"), role, reportsFor(role));
        }, council);
        return new ReportSubscriptions(subscriptions, recipients);
    }

    private record Account(UUID id, String name, Role role, boolean enabled) {}

    @Transactional
    ReportSubscription subscribe(Actor actor, UUID accountId, ScheduledReport report) {
        UUID council = actor.homeCouncil();
        Account account = accountOfCouncil(council, accountId);
        if (!account.enabled() || !reportsFor(account.role()).contains(report)) {
            throw PortalProblem.unprocessable(uk.homecare.portal.api.problem.ProblemType.RECIPIENT_NOT_ALLOWED, "accountId",
                    Problems.message(report == ScheduledReport.OUTCOMES ? "outcomes.recipient.outcomes" : "outcomes.recipient.kpis"));
        }
        Instant now = clock.instant();
        UUID id = sql.one("""
                insert into report_subscription (council_id, report, recipient_id, created_by, created_at)
                values (?, ?, ?, ?, ?::timestamptz)
                on conflict (council_id, recipient_id, report) do nothing
                returning id""", row -> Sql.uuid(row, "id"), council, report, accountId, actor.id(), now)
                .orElseThrow(() -> PortalProblem.conflict(Problems.message("outcomes.subscription.exists")));
        audit.record(actor, council, AuditAction.REPORT_SUBSCRIBED, "report_subscription", id,
                Map.of("report", report.name(), "recipient", accountId.toString()));
        return new ReportSubscription(report, new NamedRef(account.id(), account.name()), now);
    }

    @Transactional
    void unsubscribe(Actor actor, UUID accountId, ScheduledReport report) {
        UUID council = actor.homeCouncil();
        accountOfCouncil(council, accountId);
        UUID id = sql.one("delete from report_subscription where council_id = ? and recipient_id = ? and report = ? returning id",
                row -> Sql.uuid(row, "id"), council, accountId, report)
                .orElseThrow(() -> PortalProblem.notFound(Problems.message("outcomes.subscription.not-found")));
        audit.record(actor, council, AuditAction.REPORT_UNSUBSCRIBED, "report_subscription", id,
                Map.of("report", report.name(), "recipient", accountId.toString()));
    }

    private Account accountOfCouncil(UUID council, UUID accountId) {
        return sql.one("select id, display_name, role, enabled from app_user where id = ? and council_id = ?",
                        row -> new Account(Sql.uuid(row, "id"), row.getString("display_name"), Role.valueOf(row.getString("role")),
                                row.getBoolean("enabled")), accountId, council)
                .orElseThrow(() -> PortalProblem.notFound(Problems.message("outcomes.account.not-found")));
    }
}
