package uk.homecare.portal.api.hoursbank;

import io.micronaut.http.annotation.Header;
import uk.homecare.portal.api.Idempotency;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * The flexible hours bank of a person: balance, bookings, statement, and the ledger check.
 * {@code C} is the caller: the UI's clients send a {@link uk.homecare.portal.api.identity.Bearer}, the
 * backend's controller receives the actor it verified.
 */
public interface HoursBankOperations<C> {

    @Get("/api/hours-bank/people")
    List<NamedRef> listHoursBankPeople(@Parameter(hidden = true) C caller);

    @Get("/api/people/{personId}/hours-bank")
    HoursBalance showHoursBalance(@Parameter(hidden = true) C caller, UUID personId);

    @Get("/api/people/{personId}/bookings{?from,to}")
    List<Booking> listBookings(@Parameter(hidden = true) C caller, UUID personId, @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to);

    @Post("/api/people/{personId}/bookings")
    Booking bookSession(@Parameter(hidden = true) C caller, UUID personId,
            @Parameter(description = Idempotency.KEY_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 200)) @Header(Idempotency.KEY) @Nullable String idempotencyKey, @Body BookingForm form);

    @Put("/api/people/{personId}/bookings/{bookingId}")
    Booking changeBooking(@Parameter(hidden = true) C caller, UUID personId, UUID bookingId, @Body BookingForm form);

    @Post("/api/people/{personId}/bookings/{bookingId}/cancel")
    Booking cancelBooking(@Parameter(hidden = true) C caller, UUID personId, UUID bookingId);

    /** {@code @Consumes} tells a client (the UI's) to accept the CSV: a client accepts only JSON unless told. */
    @Get(value = "/api/people/{personId}/statement", produces = "text/csv")
    @Consumes("text/csv")
    HttpResponse<String> downloadStatement(@Parameter(hidden = true) C caller, UUID personId, @QueryValue LocalDate from, @QueryValue LocalDate to);

    @Get(value = "/api/people/{personId}/statement.pdf", produces = "application/pdf")
    @Consumes("application/pdf")
    HttpResponse<byte[]> downloadPrintableStatement(@Parameter(hidden = true) C caller, UUID personId, @QueryValue LocalDate from, @QueryValue LocalDate to);

    @Get("/api/hours-bank/check")
    LedgerCheck checkHoursLedger(@Parameter(hidden = true) C caller);
}
