package uk.homecare.portal.hoursbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.DeliveryForm;
import uk.homecare.portal.api.hoursbank.DeliveryOperations;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Hours bank: providers")
@Secured("PROVIDER")
class DeliveryController implements DeliveryOperations<Actor> {

    private final Deliveries deliveries;

    DeliveryController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Operation(summary = "The booked sessions you must deliver (by default this week and next)")
    @StandardProblems
    @InvalidParameterProblems
    @Override
    public List<Booking> listDeliveries(@Parameter(hidden = true) Actor actor, @Nullable @QueryValue LocalDate from,
            @Nullable @QueryValue LocalDate to) {
        return deliveries.toDeliver(actor, from, to);
    }

    @Operation(summary = "Record a session as delivered with its actual minutes; the difference is given back or drawn")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Booking recordDelivery(@Parameter(hidden = true) Actor actor, UUID bookingId, @Body @Valid DeliveryForm form) {
        return deliveries.recordDelivery(actor, bookingId, form);
    }
}
