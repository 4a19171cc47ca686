package uk.homecare.portal.outcomes;

import static io.micronaut.http.HttpRequest.DELETE;
import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.outcomes.ReportRecipient;
import uk.homecare.portal.api.outcomes.ReportSubscription;
import uk.homecare.portal.api.outcomes.ReportSubscriptions;
import uk.homecare.portal.api.outcomes.ScheduledReport;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;
import uk.homecare.portal.testing.Race;

/**
 * Scheduled reports over real HTTP and real PostgreSQL: a council's commissioner or administrator chooses which reports go
 * monthly to which of its staff (only those who may open them); the monthly job e-mails each subscription once a month,
 * however many nodes run it at once, with a link behind sign-in and no figures.
 */
@MicronautTest(transactional = false)
class ScheduledReportsTest extends PortalTest {

    @Inject
    ReportMailing mailing;

    private OutcomeCouncil newCouncil() {
        return new OutcomeCouncil(this::id);
    }

    private HttpResponse<ReportSubscription> subscribe(String user, UUID account, ScheduledReport report) {
        return api().exchange(api().as(user, POST("/api/accounts/" + account + "/report-subscriptions", Map.of("report", report))),
                ReportSubscription.class);
    }

    private int status(io.micronaut.http.MutableHttpRequest<?> request) {
        try {
            return api().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private int emails(UUID user, String subjectPart) {
        return number("""
                select count(*) from email_outbox e join notification n on n.id = e.notification_id
                 where n.user_id = ? and n.kind = 'REPORT_READY' and e.subject like ?""", user, "%" + subjectPart + "%");
    }

    @Test
    void an_administrator_has_the_kpi_summary_sent_to_staff_who_may_open_it_and_others_are_refused_naming_the_account() {
        OutcomeCouncil c = newCouncil();
        OutcomeCouncil other = newCouncil();

        assertThat(subscribe(c.admin, c.commissionerId, ScheduledReport.OUTCOMES).code()).isEqualTo(201);
        assertThat(subscribe(c.commissioner, c.adminId, ScheduledReport.KPI_SUMMARY).code()).isEqualTo(201);
        assertThat(status(api().as(c.admin, POST("/api/accounts/" + c.commissionerId + "/report-subscriptions",
                Map.of("report", "OUTCOMES"))))).as("the same again").isEqualTo(409);

        HttpClientResponseException refusal = api().refusal(api().as(c.admin, POST("/api/accounts/" + c.adminId + "/report-subscriptions",
                Map.of("report", "OUTCOMES"))));
        assertThat(refusal.getStatus().getCode()).as("an administrator may not open the outcomes report").isEqualTo(422);
        Problem problem = Api.problemOf(refusal);
        assertThat(problem.type()).isEqualTo("urn:homecare-portal:problem:recipient-not-allowed");
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("accountId");
        execute("update app_user set enabled = false where id = ?", c.secondCommissionerId);
        assertThat(status(api().as(c.admin, POST("/api/accounts/" + c.secondCommissionerId + "/report-subscriptions",
                Map.of("report", "KPI_SUMMARY"))))).as("a disabled account").isEqualTo(422);
        UUID provider = id("select id from app_user where username = 'provider@coventry.demo'");
        assertThat(status(api().as(c.admin, POST("/api/accounts/" + provider + "/report-subscriptions",
                Map.of("report", "KPI_SUMMARY"))))).as("a provider's account, of no council").isEqualTo(404);
        assertThat(status(api().as(c.admin, POST("/api/accounts/" + other.commissionerId + "/report-subscriptions",
                Map.of("report", "KPI_SUMMARY"))))).as("another council's commissioner").isEqualTo(404);
        assertThat(status(api().as("provider@coventry.demo", GET("/api/report-subscriptions")))).isEqualTo(403);

        ReportSubscriptions listed = api().retrieve(api().as(c.commissioner, GET("/api/report-subscriptions")), ReportSubscriptions.class);
        assertThat(listed.subscriptions()).extracting(s -> s.recipient().id() + " " + s.report())
                .containsExactlyInAnyOrder(c.commissionerId + " OUTCOMES", c.adminId + " KPI_SUMMARY");
        assertThat(listed.recipients()).extracting(ReportRecipient::id).containsExactlyInAnyOrder(c.commissionerId, c.adminId);
        assertThat(listed.recipients()).filteredOn(r -> r.role() == Role.ADMIN).singleElement()
                .satisfies(r -> assertThat(r.reports()).containsExactly(ScheduledReport.KPI_SUMMARY));
        assertThat(api().retrieve(api().as(other.admin, GET("/api/report-subscriptions")), ReportSubscriptions.class).subscriptions())
                .as("another council sees its own").isEmpty();

        assertThat(status(api().as(other.admin, DELETE("/api/accounts/" + c.commissionerId + "/report-subscriptions?report=OUTCOMES"))))
                .as("another council's administrator").isEqualTo(404);
        assertThat(status(api().as(c.admin, DELETE("/api/accounts/" + c.commissionerId + "/report-subscriptions?report=OUTCOMES"))))
                .isEqualTo(204);
        assertThat(status(api().as(c.admin, DELETE("/api/accounts/" + c.commissionerId + "/report-subscriptions?report=OUTCOMES"))))
                .isEqualTo(404);
        assertThat(number("select count(*) from audit_event where council_id = ? and action = 'REPORT_SUBSCRIBED'", c.id)).isEqualTo(2);
        assertThat(number("select count(*) from audit_event where council_id = ? and action = 'REPORT_UNSUBSCRIBED'", c.id)).isEqualTo(1);
        assertThat(number("select count(*) from report_subscription where council_id = ?", c.id)).isEqualTo(1);
    }

    @Test
    void two_administrators_adding_the_same_subscription_at_once_make_one() throws Exception {
        OutcomeCouncil c = newCouncil();

        List<Integer> statuses = Race.of(4, racer -> status(api().as(racer % 2 == 0 ? c.admin : c.commissioner,
                POST("/api/accounts/" + c.secondCommissionerId + "/report-subscriptions", Map.of("report", "KPI_SUMMARY")))));

        assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        assertThat(number("select count(*) from report_subscription where council_id = ?", c.id)).isEqualTo(1);
    }

    @Test
    void nodes_sending_the_monthly_reports_at_once_send_each_subscription_once_a_month_as_a_link_without_figures() throws Exception {
        OutcomeCouncil c = newCouncil();
        subscribe(c.admin, c.commissionerId, ScheduledReport.KPI_SUMMARY);
        subscribe(c.admin, c.commissionerId, ScheduledReport.OUTCOMES);
        subscribe(c.commissioner, c.adminId, ScheduledReport.KPI_SUMMARY);
        subscribe(c.commissioner, c.secondCommissionerId, ScheduledReport.OUTCOMES);
        // The second commissioner becomes an administrator: no longer one to send the outcomes report to.
        execute("update app_user set role = 'ADMIN' where id = ?", c.secondCommissionerId);
        LocalDate today = clock.today();
        YearMonth month = YearMonth.from(today).minusMonths(1);

        List<ReportMailing.Run> runs = Race.of(4, racer -> mailing.sendDue(today, clock.instant()));

        assertThat(runs).allSatisfy(run -> assertThat(run.month()).isEqualTo(month));
        assertThat(emails(c.commissionerId, "Key performance indicators")).isEqualTo(1);
        assertThat(emails(c.commissionerId, "Outcomes report")).isEqualTo(1);
        assertThat(emails(c.adminId, "Key performance indicators")).isEqualTo(1);
        assertThat(emails(c.secondCommissionerId, "")).as("no longer allowed the report").isZero();
        assertThat(number("""
                select count(*) from report_dispatch d join report_subscription s on s.id = d.subscription_id
                 where s.council_id = ? and d.month = ?""", c.id, month.atDay(1))).as("every subscription claimed once").isEqualTo(4);
        String body = first("""
                select e.body from email_outbox e join notification n on n.id = e.notification_id
                 where n.user_id = ? and e.subject like '%Outcomes%'""", c.commissionerId);
        assertThat(body).contains("/outcomes", "Sign in to the Homecare Portal").doesNotContain("Olive", "Outcome Council");

        List<ReportMailing.Run> again = Race.of(2, racer -> mailing.sendDue(today, clock.instant()));
        assertThat(again).allSatisfy(run -> assertThat(run.claimed()).isZero());
        assertThat(emails(c.commissionerId, "")).isEqualTo(2);

        mailing.sendDue(today.plusMonths(1), clock.instant());
        assertThat(emails(c.commissionerId, "")).as("next month's").isEqualTo(4);
    }

    private String first(String query, Object... parameters) {
        try (var connection = connectDirectly(); var statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
