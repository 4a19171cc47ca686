package uk.homecare.portal.outcomes;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.kpis.KpiReport;
import uk.homecare.portal.api.outcomes.KpiSnapshotSummary;
import uk.homecare.portal.api.outcomes.OutcomeLine;
import uk.homecare.portal.api.outcomes.OutcomeNote;
import uk.homecare.portal.api.outcomes.OutcomeReport;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.LoggedLines;
import uk.homecare.portal.testing.PortalTest;
import uk.homecare.portal.testing.Race;

/**
 * Monthly KPI snapshots over real HTTP and real PostgreSQL: the monthly job takes each council's month just ended once,
 * even with several nodes at once; a snapshot keeps its figures whatever changes after, and the database refuses to
 * change it; a commissioner takes a missed month on demand, idempotently; the outcomes report compares first and last
 * snapshots with the notes, as JSON and as a PDF read back here.
 */
@MicronautTest(transactional = false)
class OutcomeSnapshotsTest extends PortalTest {

    private static final Argument<List<KpiSnapshotSummary>> SNAPSHOTS = Argument.listOf(KpiSnapshotSummary.class);

    @Inject
    MonthlySnapshots monthly;

    private OutcomeCouncil newCouncil() {
        return new OutcomeCouncil(this::id);
    }

    private List<KpiSnapshotSummary> snapshots(String user) {
        return api().retrieve(api().as(user, GET("/api/outcomes/snapshots")), SNAPSHOTS);
    }

    private OutcomeReport report(String user, YearMonth from, YearMonth to) {
        return api().retrieve(api().as(user, GET("/api/outcomes/report?from=" + from + "&to=" + to)), OutcomeReport.class);
    }

    private static OutcomeLine line(OutcomeReport report, String section, String measure) {
        return report.lines().stream().filter(l -> l.section().equals(section) && l.measure().equals(measure)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + section + "/" + measure + " in " + report.lines()));
    }

    private HttpResponse<KpiSnapshotSummary> takeOnDemand(String user, String month) {
        return api().exchange(api().as(user, POST("/api/outcomes/snapshots", Map.of("month", month))), KpiSnapshotSummary.class);
    }

    @Test
    void the_monthly_job_snapshots_the_month_just_ended_and_later_changes_to_the_data_do_not_change_the_snapshot() {
        OutcomeCouncil c = newCouncil();
        YearMonth month = YearMonth.from(clock.today()).minusMonths(1);
        c.publishedOn(month.atDay(10));
        c.publishedOn(month.atDay(20));

        MonthlySnapshots.Run run = monthly.takeDue(clock.today(), clock.instant());

        assertThat(run.month()).isEqualTo(month);
        assertThat(run.taken()).as("every council without one, this one among them").isGreaterThanOrEqualTo(1);
        assertThat(snapshots(c.commissioner)).singleElement().satisfies(snapshot -> {
            assertThat(snapshot.month()).isEqualTo(month.toString());
            assertThat(snapshot.takenBy()).as("the monthly job").isNull();
            assertThat(snapshot.figures()).isGreaterThan(10);
        });
        assertThat(line(report(c.commissioner, month, month), "brokerage", "packages_published").last()).isEqualTo(2L);

        // The data changes after the snapshot: a third package published in the month, and the job runs again.
        c.publishedOn(month.atDay(25));
        MonthlySnapshots.Run again = monthly.takeDue(clock.today(), clock.instant());

        assertThat(again.taken()).as("no council has a second snapshot of the month").isZero();
        KpiReport live = api().retrieve(api().as(c.commissioner,
                GET("/api/kpis?from=" + month.atDay(1) + "&to=" + month.plusMonths(1).atDay(1))), KpiReport.class);
        assertThat(live.brokerage().published()).as("the live KPIs see the change").isEqualTo(3);
        assertThat(line(report(c.commissioner, month, month), "brokerage", "packages_published").last())
                .as("the snapshot keeps the figure it took").isEqualTo(2L);
        assertThat(number("select count(*) from kpi_snapshot where council_id = ?", c.id)).isEqualTo(1);
        assertThat(number("""
                select count(*) from audit_event where council_id = ? and action = 'KPI_SNAPSHOT_TAKEN' and actor_role = 'SYSTEM'
                   and details ->> 'month' = ?""", c.id, month.toString())).isEqualTo(1);
    }

    @Test
    void nodes_running_the_monthly_job_at_once_take_each_council_month_exactly_once() throws Exception {
        OutcomeCouncil c = newCouncil();
        // A month no other test takes: the job is given the day, as each node's clock would give it.
        LocalDate today = clock.today().minusMonths(7);
        YearMonth month = YearMonth.from(today).minusMonths(1);
        c.publishedOn(month.atDay(3));
        int councils = number("select count(*) from council");

        List<MonthlySnapshots.Run> runs = Race.of(4, racer -> monthly.takeDue(today, clock.instant()));

        assertThat(runs.stream().mapToInt(MonthlySnapshots.Run::taken).sum()).as("snapshots taken by all nodes").isEqualTo(councils);
        assertThat(number("select count(*) from kpi_snapshot where month = ?", month.atDay(1))).isEqualTo(councils);
        assertThat(number("select count(*) from (select council_id from kpi_snapshot where month = ? group by council_id having count(*) > 1) twice",
                month.atDay(1))).isZero();
        assertThat(number("select count(*) from audit_event where action = 'KPI_SNAPSHOT_TAKEN' and details ->> 'month' = ?",
                month.toString())).as("one audit event a council").isEqualTo(councils);
        assertThat(line(report(c.commissioner, month, month), "brokerage", "packages_published").last()).isEqualTo(1L);
    }

    @Test
    void the_database_refuses_to_change_or_delete_a_snapshot_and_the_application_may_not_even_try() throws SQLException {
        OutcomeCouncil c = newCouncil();
        YearMonth month = YearMonth.from(clock.today()).minusMonths(2);
        takeOnDemand(c.commissioner, month.toString());

        assertThatThrownBy(() -> execute("update kpi_snapshot set figures = '[]'::jsonb where council_id = ?", c.id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("delete from kpi_snapshot where council_id = ?", c.id)).hasMessageContaining("append-only");
        try (Connection app = connectDirectly(); var statement = app.createStatement()) {
            statement.execute("set role portal_app");
            assertThatThrownBy(() -> statement.executeUpdate("update kpi_snapshot set taken_at = taken_at"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeUpdate("delete from kpi_snapshot")).hasMessageContaining("permission denied");
        }
        assertThat(number("select count(*) from kpi_snapshot where council_id = ? and jsonb_array_length(figures) > 10", c.id)).isEqualTo(1);
    }

    @Test
    void a_commissioner_takes_a_missed_month_on_demand_once_however_many_ask_at_once() throws Exception {
        OutcomeCouncil c = newCouncil();
        YearMonth month = YearMonth.from(clock.today()).minusMonths(4);
        c.publishedOn(month.atDay(15));

        List<Integer> statuses = Race.of(4, racer -> takeOnDemand(racer % 2 == 0 ? c.commissioner : c.secondCommissioner,
                month.toString()).code());

        assertThat(statuses).containsOnly(200, 201).filteredOn(status -> status == 201).hasSize(1);
        assertThat(number("select count(*) from kpi_snapshot where council_id = ?", c.id)).isEqualTo(1);
        HttpResponse<KpiSnapshotSummary> again = takeOnDemand(c.commissioner, month.toString());
        assertThat(again.code()).isEqualTo(200);
        assertThat(again.body().takenBy()).isIn(c.commissioner, c.secondCommissioner);
        assertThat(number("""
                select count(*) from audit_event where council_id = ? and action = 'KPI_SNAPSHOT_TAKEN' and details ->> 'onDemand' = 'true'""",
                c.id)).isEqualTo(1);
        assertThat(line(report(c.commissioner, month, month), "brokerage", "packages_published").first()).isEqualTo(1L);
    }

    @Test
    void a_month_not_ended_or_not_a_month_is_refused_naming_the_field_and_only_commissioners_may_take_snapshots() {
        OutcomeCouncil c = newCouncil();
        for (String month : List.of(YearMonth.from(clock.today()).toString(), YearMonth.from(clock.today()).plusMonths(1).toString(),
                "2026-13", "last month", "1999-12")) {
            HttpClientResponseException refusal = api().refusal(api().as(c.commissioner, POST("/api/outcomes/snapshots", Map.of("month", month))));
            assertThat(refusal.getStatus().getCode()).as(month).isEqualTo(400);
            assertThat(Api.problemOf(refusal).errors()).as(month).extracting(Problem.FieldError::field)
                    .singleElement().asString().endsWith("month");
        }
        assertThat(api().refusal(api().as(c.admin, POST("/api/outcomes/snapshots", Map.of("month", "2025-01")))).getStatus().getCode())
                .isEqualTo(403);
        assertThat(api().refusal(api().as("provider@coventry.demo", GET("/api/outcomes/report"))).getStatus().getCode()).isEqualTo(403);
        assertThat(api().refusal(api().as(c.admin, GET("/api/outcomes/report.pdf"))).getStatus().getCode()).isEqualTo(403);
        assertThat(number("select count(*) from kpi_snapshot where council_id = ?", c.id)).isZero();
    }

    @Test
    void the_report_compares_the_first_snapshot_with_the_last_with_the_notes_and_its_pdf_says_the_same() throws Exception {
        OutcomeCouncil c = newCouncil();
        OutcomeCouncil other = newCouncil();
        YearMonth last = YearMonth.from(clock.today()).minusMonths(1);
        YearMonth first = last.minusMonths(12);
        c.publishedOn(first.atDay(5));
        for (int i = 0; i < 3; i++) {
            c.publishedOn(last.atDay(5 + i));
        }
        takeOnDemand(c.commissioner, first.toString());
        takeOnDemand(c.commissioner, last.minusMonths(6).toString());
        takeOnDemand(c.commissioner, last.toString());
        String marker = "Mrs-Quigley-of-7-Elm-Row improved after the new framework";
        LoggedLines log = new LoggedLines();
        log.listen();
        OutcomeNote note;
        try {
            note = api().retrieve(api().as(c.commissioner, POST("/api/outcomes/notes",
                    Map.of("fromMonth", first.toString(), "toMonth", last.toString(), "text", marker))), OutcomeNote.class);
            api().retrieve(api().as(other.commissioner, POST("/api/outcomes/notes",
                    Map.of("fromMonth", first.toString(), "toMonth", last.toString(), "text", "Another council's note"))), OutcomeNote.class);
        } finally {
            log.stop();
        }

        OutcomeReport report = report(c.commissioner, first, last);

        assertThat(report.months()).containsExactly(first.toString(), last.minusMonths(6).toString(), last.toString());
        assertThat(report.firstMonth()).isEqualTo(first.toString());
        assertThat(report.lastMonth()).isEqualTo(last.toString());
        assertThat(line(report, "brokerage", "packages_published")).satisfies(l -> {
            assertThat(l.first()).isEqualTo(1L);
            assertThat(l.last()).isEqualTo(3L);
            assertThat(l.change()).isEqualTo(2L);
        });
        assertThat(report.series().getFirst().values()).containsExactly(1L, 0L, 3L);
        assertThat(report.notes()).extracting(OutcomeNote::text).containsExactly(marker);
        assertThat(note.writtenBy()).isEqualTo(c.commissioner);
        assertThat(log.text()).as("a note's text is never logged").doesNotContain("Mrs-Quigley");
        assertThat(number("select count(*) from audit_event where council_id = ? and action = 'OUTCOME_NOTE_ADDED' and details::text not like '%Quigley%'",
                c.id)).isEqualTo(1);
        assertThat(report(other.commissioner, first, last).months()).as("another council's report has its own snapshots").isEmpty();

        HttpResponse<byte[]> pdf = api().exchange(api().as(c.commissioner,
                GET("/api/outcomes/report.pdf?from=" + first + "&to=" + last).accept("application/pdf")), byte[].class);
        assertThat(pdf.getContentType().orElseThrow().toString()).startsWith("application/pdf");
        String text;
        try (var document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Outcomes report");
        }
        DateTimeFormatter months = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
        assertThat(text).contains("Outcomes report", c.name, "Period: " + months.format(first) + " to " + months.format(last),
                "Compared: " + months.format(first) + " (first snapshot) with " + months.format(last) + " (last snapshot)",
                "Packages published by month. " + months.format(first) + ": 1; " + months.format(last.minusMonths(6)) + ": 0; "
                        + months.format(last) + ": 3.",
                "brokerage: packages published 1 3 +2", marker);
        assertThat(text).doesNotContain("Another council's note");
    }

    @Test
    void the_report_is_in_welsh_when_asked_and_a_period_the_wrong_way_round_is_refused_naming_to() throws Exception {
        OutcomeCouncil c = newCouncil();
        YearMonth month = YearMonth.from(clock.today()).minusMonths(3);
        takeOnDemand(c.commissioner, month.toString());

        HttpResponse<byte[]> pdf = api().exchange(api().as(c.commissioner,
                GET("/api/outcomes/report.pdf?from=" + month + "&to=" + month).accept("application/pdf").header("Accept-Language", "cy")),
                byte[].class);
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("cy");
            assertThat(text).contains("Adroddiad canlyniadau", "Pecynnau a gyhoeddwyd fesul mis");
        }
        HttpClientResponseException refusal = api().refusal(api().as(c.commissioner,
                GET("/api/outcomes/report?from=" + month + "&to=" + month.minusMonths(1))));
        assertThat(refusal.getStatus().getCode()).isEqualTo(400);
        assertThat(Api.problemOf(refusal).errors()).extracting(Problem.FieldError::field).containsExactly("to");
    }
}
