package uk.homecare.portal.hoursbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.BookingForm;
import uk.homecare.portal.api.hoursbank.HoursBalance;
import uk.homecare.portal.api.hoursbank.HoursBankOperations;
import uk.homecare.portal.api.hoursbank.LedgerCheck;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.IdempotentCreation;
import uk.homecare.portal.platform.idempotency.IdempotentRequests;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Hours bank: people and carers")
class HoursBankController implements HoursBankOperations<Actor> {

    private final PersonAccess access;
    private final Balances balances;
    private final HoursBookings bookings;
    private final Statements statements;
    private final LedgerChecks checks;
    private final IdempotentRequests idempotency;

    HoursBankController(PersonAccess access, Balances balances, HoursBookings bookings, Statements statements, LedgerChecks checks,
            IdempotentRequests idempotency) {
        this.idempotency = idempotency;
        this.access = access;
        this.balances = balances;
        this.bookings = bookings;
        this.statements = statements;
        this.checks = checks;
    }

    @Operation(summary = "The people whose hours bank you may open: yourself, or the people you care for",
            description = "Council staff find any of their council's people in the register (GET /api/people) instead.")
    @Secured({"SERVICE_USER", "CARER"})
    @StandardProblems
    @Override
    public List<NamedRef> listHoursBankPeople(@Parameter(hidden = true) Actor actor) {
        return access.people(actor);
    }

    @Operation(summary = "A person's hours: per weekly lot credited, used, expired and left, and what expires within 7 days")
    @Secured({"SERVICE_USER", "CARER", "COMMISSIONER", "ADMIN"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public HoursBalance showHoursBalance(@Parameter(hidden = true) Actor actor, UUID personId) {
        return balances.balance(actor, personId);
    }

    @Operation(summary = "A person's bookings between two dates (by default four weeks back to eight weeks ahead)")
    @Secured({"SERVICE_USER", "CARER", "COMMISSIONER", "ADMIN"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public List<Booking> listBookings(@Parameter(hidden = true) Actor actor, UUID personId,
            @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to) {
        return balances.bookings(actor, personId, from, to);
    }

    @Operation(summary = "Book a session; it draws from the lot that expires first",
            description = "A booking the balance on that day cannot cover is refused (409) with the hours that are available.")
    @Status(HttpStatus.CREATED)
    @Secured({"SERVICE_USER", "CARER"})
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @IdempotentCreation
    @Override
    public Booking bookSession(@Parameter(hidden = true) Actor actor, UUID personId, @Nullable String idempotencyKey,
            @Body @Valid BookingForm form) {
        return idempotency.once(new IdempotentRequests.Request(actor.id(), "bookSession", idempotencyKey, List.of(personId, form)),
                Booking.class, () -> bookings.book(actor, personId, form), booking -> bookings.councilOf(personId)).body();
    }

    @Operation(summary = "Move or resize a booking: its hours are given back and drawn again, or nothing changes")
    @Secured({"SERVICE_USER", "CARER"})
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Booking changeBooking(@Parameter(hidden = true) Actor actor, UUID personId, UUID bookingId, @Body @Valid BookingForm form) {
        return bookings.change(actor, personId, bookingId, form);
    }

    @Operation(summary = "Cancel a booking; its hours go back to the lots it drew from")
    @Secured({"SERVICE_USER", "CARER"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Booking cancelBooking(@Parameter(hidden = true) Actor actor, UUID personId, UUID bookingId) {
        return bookings.cancel(actor, personId, bookingId);
    }

    @Operation(summary = "A statement for a period, as CSV: every credit, booking, cancellation, delivery adjustment and expiry",
            description = "In the caller's language (Accept-Language, else the account's). Each amount is written in words in columns"
                    + " Hours in, Hours out and Balance (\"2 hours 30 minutes\", never signed) and as signed minutes in column Minutes.")
    @ApiResponse(responseCode = "200", description = "The statement as CSV, with a header line",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @Secured({"SERVICE_USER", "CARER", "COMMISSIONER", "ADMIN"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public HttpResponse<String> downloadStatement(@Parameter(hidden = true) Actor actor, UUID personId,
            @QueryValue LocalDate from, @QueryValue LocalDate to) {
        return HttpResponse.ok(statements.csv(actor, personId, from, to))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hours-statement-" + from + "-" + to + ".csv\"");
    }

    @Operation(summary = "A statement for a period as a printable PDF, in the caller's language and in hours and minutes",
            description = "The same statement as the CSV, to read or print: the person and council, the period, the balance at the start,"
                    + " each movement (date, what it was, hours in or out), the balance at the end, and what will expire and when."
                    + " Welsh when the request's Accept-Language asks for it (else the account's language); the council's Welsh name in Welsh."
                    + " The PDF is tagged, with its language and title set.")
    @ApiResponse(responseCode = "200", description = "The statement as a PDF document (A4) to save or print",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @Secured({"SERVICE_USER", "CARER", "COMMISSIONER", "ADMIN"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public HttpResponse<byte[]> downloadPrintableStatement(@Parameter(hidden = true) Actor actor, UUID personId,
            @QueryValue LocalDate from, @QueryValue LocalDate to) {
        return HttpResponse.ok(statements.pdf(actor, personId, from, to))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hours-statement-" + from + "-" + to + ".pdf\"");
    }

    @Operation(summary = "Rebuild every balance of your council's lots from the ledger and list any that differ")
    @Secured("ADMIN")
    @StandardProblems
    @Override
    public LedgerCheck checkHoursLedger(@Parameter(hidden = true) Actor actor) {
        return checks.check(actor);
    }
}
