package uk.homecare.portal.kpis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.brokerage.Urgency;
import uk.homecare.portal.api.kpis.KpiOperations;
import uk.homecare.portal.api.kpis.KpiReport;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Key performance indicators")
class KpiController implements KpiOperations<Actor> {

    private final KpiQueries queries;
    private final Clock clock;

    KpiController(KpiQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Operation(summary = "Your council's key performance indicators for a period of UK days, for the council or one zone, lot, provider or urgency",
            description = """
                    The period is [from, to): from midnight UK time on 'from' to midnight UK time on 'to' (by default the 28 days \
                    up to and including today; at most 731 days). Packages published and awarded, the time from publication to \
                    award (median and 90th percentile, overall, by stage and by urgency), awards to the primary provider, hand-backs, offers \
                    declined by reason, visits under 30 minutes, delivery against commissioned hours, CHC hours against the \
                    requirement, and capacity reporting per week. What is waiting, and CHC hours, are as they stand now.""")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @InvalidParameterProblems
    @Override
    public KpiReport showKpis(@Parameter(hidden = true) Actor actor, @Nullable LocalDate from, @Nullable LocalDate to,
            @Nullable UUID zone, @Nullable UUID lot, @Nullable UUID provider, @Nullable Urgency urgency) {
        return queries.report(KpiFilter.of(actor.homeCouncil(), from, to, zone, lot, provider, urgency, UkTime.today(clock)));
    }

    @Operation(summary = "The same key performance indicators as CSV, one line a figure",
            description = """
                    Columns section, measure, by, group and value; the first lines say what the report is for. Every field is \
                    quoted; a cell that starts with = + - @, a tab or a carriage return starts with a single quote, so a \
                    spreadsheet shows it rather than running it.""")
    @ApiResponse(responseCode = "200", description = "The figures as CSV, with a header line",
            content = @Content(mediaType = MediaType.TEXT_CSV, schema = @Schema(type = "string")))
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @InvalidParameterProblems
    @Override
    public HttpResponse<String> exportKpisCsv(@Parameter(hidden = true) Actor actor, @Nullable LocalDate from, @Nullable LocalDate to,
            @Nullable UUID zone, @Nullable UUID lot, @Nullable UUID provider, @Nullable Urgency urgency) {
        KpiReport report = showKpis(actor, from, to, zone, lot, provider, urgency);
        return HttpResponse.ok(KpiCsv.of(KpiLines.of(report)))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(report, "csv"));
    }

    @Operation(summary = "The same key performance indicators as an XLSX workbook: one sheet, the CSV's lines, figures as numbers")
    @ApiResponse(responseCode = "200", description = "The figures as an Excel workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @InvalidParameterProblems
    @Override
    public HttpResponse<byte[]> exportKpisXlsx(@Parameter(hidden = true) Actor actor, @Nullable LocalDate from, @Nullable LocalDate to,
            @Nullable UUID zone, @Nullable UUID lot, @Nullable UUID provider, @Nullable Urgency urgency) {
        KpiReport report = showKpis(actor, from, to, zone, lot, provider, urgency);
        return HttpResponse.ok(KpiXlsx.of(KpiLines.of(report)))
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(report, "xlsx"));
    }

    private static String attachment(KpiReport report, String extension) {
        return "attachment; filename=\"kpis-" + report.from() + "-" + report.to().minusDays(1) + "." + extension + "\"";
    }
}
