package uk.homecare.portal.outcomes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.outcomes.KpiSnapshotSummary;
import uk.homecare.portal.api.outcomes.OutcomeNote;
import uk.homecare.portal.api.outcomes.OutcomeNoteForm;
import uk.homecare.portal.api.outcomes.OutcomeOperations;
import uk.homecare.portal.api.outcomes.OutcomeReport;
import uk.homecare.portal.api.outcomes.ReportSubscription;
import uk.homecare.portal.api.outcomes.ReportSubscriptions;
import uk.homecare.portal.api.outcomes.ScheduledReport;
import uk.homecare.portal.api.outcomes.SnapshotRequest;
import uk.homecare.portal.api.outcomes.SubscriptionForm;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;
import uk.homecare.portal.platform.problem.RequestLanguage;

@Controller
@Tag(name = "Outcomes over time")
class OutcomeController implements OutcomeOperations<Actor> {

    private final Snapshots snapshots;
    private final OutcomeReports reports;
    private final OutcomeNotes notes;
    private final Subscriptions subscriptions;
    private final Clock clock;

    OutcomeController(Snapshots snapshots, OutcomeReports reports, OutcomeNotes notes, Subscriptions subscriptions, Clock clock) {
        this.snapshots = snapshots;
        this.reports = reports;
        this.notes = notes;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @Operation(summary = "Your council's monthly KPI snapshots, newest month first",
            description = "Each is the month's key performance indicators as they stood when it was taken, kept unchanged since.")
    @Secured("COMMISSIONER")
    @StandardProblems
    @Override
    public List<KpiSnapshotSummary> listKpiSnapshots(@Parameter(hidden = true) Actor actor) {
        return snapshots.list(actor);
    }

    @Operation(summary = "Take your council's KPI snapshot of an ended month now, if it has none",
            description = """
                    The monthly job takes the month just ended for every council; this takes a month it missed (or one before the \
                    portal kept snapshots), with the figures as they stand now. Idempotent: a month that has a snapshot answers that \
                    snapshot (200), unchanged. The month must have ended (UK time).""")
    @ApiResponse(responseCode = "201", description = "The snapshot, taken now", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = KpiSnapshotSummary.class)))
    @ApiResponse(responseCode = "200", description = "The month's snapshot, taken before: nothing changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = KpiSnapshotSummary.class)))
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @Override
    public HttpResponse<KpiSnapshotSummary> takeKpiSnapshot(@Parameter(hidden = true) Actor actor, @Body @Valid SnapshotRequest request) {
        Snapshots.Taken taken = snapshots.takeOnDemand(actor, request.month());
        return taken.created() ? HttpResponse.created(taken.snapshot()) : HttpResponse.ok(taken.snapshot());
    }

    @Operation(summary = "Your council's outcomes over a period of months, from its snapshots",
            description = """
                    Every figure of the period's first snapshot against its last, with the change; the headline figures month by \
                    month; and the notes on periods overlapping it. By default the month just ended against the same month a \
                    year before ("12 months after"). At most 37 months.""")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidParameterProblems
    @Override
    public OutcomeReport showOutcomeReport(@Parameter(hidden = true) Actor actor, @Nullable @QueryValue String from,
            @Nullable @QueryValue String to) {
        return reports.report(actor, from, to);
    }

    @Operation(summary = "The same outcomes report as a printable PDF for committee",
            description = """
                    The period, which snapshots are compared, a chart of each headline figure month by month with its values \
                    written out beside it, a table of every figure first month against last, and the notes. In the caller's \
                    language (Accept-Language, else the account's). Tagged, with its language and title set.""")
    @ApiResponse(responseCode = "200", description = "The report as a PDF document (A4) to save or print",
            content = @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary")))
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidParameterProblems
    @Override
    public HttpResponse<byte[]> downloadOutcomeReportPdf(@Parameter(hidden = true) Actor actor, @Nullable @QueryValue String from,
            @Nullable @QueryValue String to) {
        OutcomeReport report = reports.report(actor, from, to);
        return HttpResponse.ok(OutcomeReportPdf.write(report, RequestLanguage.current(), UkTime.today(clock)))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"outcomes-" + report.from() + "-" + report.to() + ".pdf\"");
    }

    @Operation(summary = "Add a note on your council's outcomes over a period of months",
            description = "Shown in the report of every period it overlaps. Added, never changed; the audit trail keeps its period, not its text.")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @Override
    public OutcomeNote addOutcomeNote(@Parameter(hidden = true) Actor actor, @Body @Valid OutcomeNoteForm form) {
        return notes.add(actor, form.fromMonth(), form.toMonth(), form.text());
    }

    @Operation(summary = "The reports your council has e-mailed monthly, to whom, and who may be sent which",
            description = "Commissioners may be sent the KPI summary and the outcomes report; administrators the KPI summary.")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @Override
    public ReportSubscriptions listReportSubscriptions(@Parameter(hidden = true) Actor actor) {
        return subscriptions.list(actor);
    }

    @Operation(summary = "Have a report e-mailed monthly to one of your council's staff",
            description = """
                    Early each month the account is e-mailed a link to the report of the month just ended, behind sign-in: no \
                    figures and no personal details are in the e-mail. The account must be an enabled commissioner or (for the \
                    KPI summary only) administrator of your council (else 422, naming accountId); one subscription per account \
                    and report (409 when it has it).""")
    @ApiResponse(responseCode = "422", description = "The account may not be sent this report (type recipient-not-allowed, field accountId)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public ReportSubscription subscribeToReport(@Parameter(hidden = true) Actor actor, UUID accountId, @Body @Valid SubscriptionForm form) {
        return subscriptions.subscribe(actor, accountId, form.report());
    }

    @Operation(summary = "Stop e-mailing a report to one of your council's staff")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public void unsubscribeFromReport(@Parameter(hidden = true) Actor actor, UUID accountId, @QueryValue ScheduledReport report) {
        subscriptions.unsubscribe(actor, accountId, report);
    }
}
