package uk.homecare.portal.ui.client;

import static io.micronaut.http.HttpHeaders.AUTHORIZATION;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.hoursbank.*;

/** The hours bank API, as the UI calls it with the signed-in person's token. */
@Client("${ui.api-url:/}")
public interface HoursBankClient {

    // Commissioners

    @Post("/api/hours-plans")
    HoursPlan createPlan(@Header(AUTHORIZATION) String authorization, @Body PlanForm form);

    @Get("/api/hours-plans")
    List<HoursPlan> plans(@Header(AUTHORIZATION) String authorization);

    // The person, their carers, and their council

    /** The people a person or carer may see the hours bank of: themselves, or those they care for (council staff search the register). */
    @Get("/api/hours-bank/people")
    List<NamedRef> people(@Header(AUTHORIZATION) String authorization);

    @Get("/api/people/{personId}/hours-bank")
    HoursBalance balance(@Header(AUTHORIZATION) String authorization, UUID personId);

    @Get("/api/people/{personId}/bookings{?from,to}")
    List<Booking> bookings(@Header(AUTHORIZATION) String authorization, UUID personId,
            @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to);

    @Post("/api/people/{personId}/bookings")
    Booking book(@Header(AUTHORIZATION) String authorization, UUID personId, @Body BookingForm form);

    @Put("/api/people/{personId}/bookings/{bookingId}")
    Booking changeBooking(@Header(AUTHORIZATION) String authorization, UUID personId, UUID bookingId, @Body BookingForm form);

    @Post("/api/people/{personId}/bookings/{bookingId}/cancel")
    Booking cancelBooking(@Header(AUTHORIZATION) String authorization, UUID personId, UUID bookingId);

    /** Every credit, booking, cancellation, delivery adjustment and expiry in the period, as CSV. */
    @Get(value = "/api/people/{personId}/statement{?from,to}", consumes = "text/csv")
    String statement(@Header(AUTHORIZATION) String authorization, UUID personId,
            @QueryValue LocalDate from, @QueryValue LocalDate to);

    // Providers

    /** The bookings the provider must deliver, by date. */
    @Get("/api/deliveries{?from,to}")
    List<Booking> deliveries(@Header(AUTHORIZATION) String authorization,
            @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to);

    @Post("/api/deliveries/{bookingId}")
    Booking recordDelivery(@Header(AUTHORIZATION) String authorization, UUID bookingId, @Body DeliveryForm form);

    // Council administrators

    @Get("/api/hours-bank/check")
    LedgerCheck checkLedger(@Header(AUTHORIZATION) String authorization);
}
