package uk.homecare.portal.api.outcomes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.UUID;

/**
 * Outcomes over time: a council's monthly KPI snapshots (the monthly job takes the month just ended; a commissioner may take
 * one on demand for an ended month that has none), the outcomes report of a period of months (as JSON and as a printable PDF)
 * with the commissioners' notes, and the reports e-mailed monthly to named staff. {@code C} is the caller: the UI's clients
 * send a {@link uk.homecare.portal.api.identity.Bearer}, the backend's controllers receive the actor they verified.
 */
public interface OutcomeOperations<C> {

    /** A UK calendar month, {@code yyyy-MM}. */
    String MONTH = "^\\d{4}-(0[1-9]|1[0-2])$";
    /** The media type of the printable report. */
    String PDF = "application/pdf";
    /** The longest note, in characters. */
    int NOTE_LENGTH = 2000;
    /** The longest period one report covers, in months (first and last included). */
    int MAX_MONTHS = 37;

    @Get("/api/outcomes/snapshots")
    List<KpiSnapshotSummary> listKpiSnapshots(@Parameter(hidden = true) C caller);

    @Post("/api/outcomes/snapshots")
    HttpResponse<KpiSnapshotSummary> takeKpiSnapshot(@Parameter(hidden = true) C caller, @Body SnapshotRequest request);

    @Get("/api/outcomes/report{?from,to}")
    OutcomeReport showOutcomeReport(@Parameter(hidden = true) C caller,
            @Parameter(description = "The first month of the period, yyyy-MM; by default 12 months before 'to'") @Nullable @QueryValue String from,
            @Parameter(description = "The last month of the period, yyyy-MM; by default the month just ended") @Nullable @QueryValue String to);

    /** {@code @Consumes} tells a client (the UI's) to accept the PDF: a client accepts only JSON unless told. */
    @Get(value = "/api/outcomes/report.pdf{?from,to}", produces = PDF)
    @Consumes(PDF)
    HttpResponse<byte[]> downloadOutcomeReportPdf(@Parameter(hidden = true) C caller, @Nullable @QueryValue String from,
            @Nullable @QueryValue String to);

    @Post("/api/outcomes/notes")
    @Status(HttpStatus.CREATED)
    OutcomeNote addOutcomeNote(@Parameter(hidden = true) C caller, @Body OutcomeNoteForm form);

    @Get("/api/report-subscriptions")
    ReportSubscriptions listReportSubscriptions(@Parameter(hidden = true) C caller);

    @Post("/api/accounts/{accountId}/report-subscriptions")
    @Status(HttpStatus.CREATED)
    ReportSubscription subscribeToReport(@Parameter(hidden = true) C caller, UUID accountId, @Body SubscriptionForm form);

    @Delete("/api/accounts/{accountId}/report-subscriptions")
    @Status(HttpStatus.NO_CONTENT)
    void unsubscribeFromReport(@Parameter(hidden = true) C caller, UUID accountId, @QueryValue ScheduledReport report);
}
