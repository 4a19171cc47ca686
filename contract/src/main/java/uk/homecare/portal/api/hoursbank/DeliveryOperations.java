package uk.homecare.portal.api.hoursbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Providers record the sessions they delivered.
 * {@code C} is the caller: the UI's clients send a {@link uk.homecare.portal.api.identity.Bearer}, the
 * backend's controller receives the actor it verified.
 */
public interface DeliveryOperations<C> {

    @Get("/api/deliveries{?from,to}")
    List<Booking> listDeliveries(@Parameter(hidden = true) C caller, @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to);

    @Post("/api/deliveries/{bookingId}")
    Booking recordDelivery(@Parameter(hidden = true) C caller, UUID bookingId, @Body DeliveryForm form);
}
