package uk.homecare.portal.api.kpis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.Urgency;

/**
 * A council's key performance indicators for a period of UK days, {@code [from, to)}, for the whole council or one zone,
 * lot or provider, and for packages of one urgency or all: as JSON, as CSV and as an XLSX workbook holding the same figures. {@code C} is the caller: the UI's
 * clients send a {@link uk.homecare.portal.api.identity.Bearer}, the backend's controller receives the actor it verified.
 */
public interface KpiOperations<C> {

    /** The media type of the spreadsheet export. */
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The media type of the CSV export. */
    String CSV = "text/csv";
    /** The longest period one report covers, in days. */
    int MAX_DAYS = 731;
    /** The period when none is given: the 28 days up to and including today. */
    int DEFAULT_DAYS = 28;

    @Get("/api/kpis{?from,to,zone,lot,provider,urgency}")
    KpiReport showKpis(@Parameter(hidden = true) C caller,
            @Parameter(description = "The first UK day of the period (inclusive); by default 28 days before 'to'") @Nullable @QueryValue LocalDate from,
            @Parameter(description = "The UK day after the period (exclusive); by default tomorrow") @Nullable @QueryValue LocalDate to,
            @Parameter(description = "Only this zone of the council") @Nullable @QueryValue UUID zone,
            @Parameter(description = "Only this lot of the council") @Nullable @QueryValue UUID lot,
            @Parameter(description = "Only this provider (an organisation registered with the council)") @Nullable @QueryValue UUID provider,
            @Parameter(description = "Only packages of this urgency") @Nullable @QueryValue Urgency urgency);

    /** {@code @Consumes} tells a client (the UI's) to accept the CSV: a client accepts only JSON unless told. */
    @Get(value = "/api/kpis.csv{?from,to,zone,lot,provider,urgency}", produces = CSV)
    @Consumes(CSV)
    HttpResponse<String> exportKpisCsv(@Parameter(hidden = true) C caller, @Nullable @QueryValue LocalDate from,
            @Nullable @QueryValue LocalDate to, @Nullable @QueryValue UUID zone, @Nullable @QueryValue UUID lot,
            @Nullable @QueryValue UUID provider, @Nullable @QueryValue Urgency urgency);

    @Get(value = "/api/kpis.xlsx{?from,to,zone,lot,provider,urgency}", produces = XLSX)
    @Consumes(XLSX)
    HttpResponse<byte[]> exportKpisXlsx(@Parameter(hidden = true) C caller, @Nullable @QueryValue LocalDate from,
            @Nullable @QueryValue LocalDate to, @Nullable @QueryValue UUID zone, @Nullable @QueryValue UUID lot,
            @Nullable @QueryValue UUID provider, @Nullable @QueryValue Urgency urgency);
}
