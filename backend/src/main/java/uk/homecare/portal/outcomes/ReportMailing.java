package uk.homecare.portal.outcomes;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import uk.homecare.portal.api.outcomes.ScheduledReport;
import uk.homecare.portal.notification.ReportNotices;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;

/**
 * Use case: e-mail each subscribed report of the month just ended (UK time), once per subscription and month. A batch of
 * subscriptions not yet sent for the month is claimed with SKIP LOCKED (nodes running at once take different ones) and each
 * claim is a row of report_dispatch, whose key (subscription, month) lets one claim in even when two nodes read the same
 * subscription as due; the notifications and e-mails are written in the claim's transaction, so a claim is a sending. A
 * recipient no longer allowed the report (disabled, or no longer a commissioner or, for the KPI summary, administrator of
 * the council) is claimed but not told. The e-mail carries a link behind sign-in, never a figure.
 */
@Singleton
class ReportMailing {

    static final int BATCH = 200;

    private static final String CLAIM = """
            with due as (
                select s.id, s.council_id from report_subscription s
                 where not exists (select 1 from report_dispatch d where d.subscription_id = s.id and d.month = ?::date)
                 order by s.created_at, s.id
                 limit ?
                   for update of s skip locked
            ),
            claimed as (
                insert into report_dispatch (subscription_id, council_id, month, sent_at)
                select id, council_id, ?::date, ?::timestamptz from due
                on conflict do nothing
                returning subscription_id
            )
            select s.id, s.council_id, s.report, s.recipient_id,
                   u.enabled and u.council_id = s.council_id
                       and (u.role = 'COMMISSIONER' or (u.role = 'ADMIN' and s.report = 'KPI_SUMMARY')) as allowed
              from claimed c join report_subscription s on s.id = c.subscription_id join app_user u on u.id = s.recipient_id""";

    /** What one run did: subscriptions claimed for the month and e-mails queued. */
    record Run(YearMonth month, int claimed, int told, int emails) {}

    private record Claimed(java.util.UUID council, String report, java.util.UUID recipient, boolean allowed) {}

    private final AcrossCouncils acrossCouncils;
    private final Sql sql;
    private final ReportNotices notices;
    private final String publicUrl;

    ReportMailing(AcrossCouncils acrossCouncils, Sql sql, ReportNotices notices,
            @Property(name = "portal.public-url", defaultValue = "http://localhost:8081") String publicUrl) {
        this.acrossCouncils = acrossCouncils;
        this.sql = sql;
        this.notices = notices;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Sends one batch of the reports of the month just ended on {@code today}. */
    Run sendDue(LocalDate today, Instant now) {
        YearMonth month = Months.justEnded(today);
        return acrossCouncils.run("monthly report e-mails: every council's subscriptions due for the month just ended", () -> {
            List<Claimed> claimed = sql.list(CLAIM, row -> new Claimed(Sql.uuid(row, "council_id"), row.getString("report"),
                    Sql.uuid(row, "recipient_id"), row.getBoolean("allowed")), month.atDay(1), BATCH, month.atDay(1), now);
            List<ReportNotices.Recipient> recipients = new ArrayList<>();
            for (Claimed claim : claimed) {
                if (claim.allowed()) {
                    recipients.add(new ReportNotices.Recipient(claim.recipient(), claim.council(), claim.report(), link(claim.report(), month)));
                }
            }
            int emails = notices.tell(recipients, month.atDay(1), month.atEndOfMonth(), now);
            return new Run(month, claimed.size(), recipients.size(), emails);
        });
    }

    /** Where the report is read, behind sign-in: the KPI page, or the Outcomes page. */
    String link(String report, YearMonth month) {
        return ScheduledReport.valueOf(report) == ScheduledReport.OUTCOMES ? publicUrl + "/outcomes" : publicUrl + "/kpis";
    }
}
