package uk.homecare.portal.api.hoursbank;

import io.micronaut.http.annotation.Header;
import io.micronaut.core.annotation.Nullable;
import uk.homecare.portal.api.Idempotency;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/**
 * Commissioners' hours plans.
 * {@code C} is the caller: the UI's clients send a {@link uk.homecare.portal.api.identity.Bearer}, the
 * backend's controller receives the actor it verified.
 */
public interface HoursPlanOperations<C> {

    @Post("/api/hours-plans")
    HoursPlan createHoursPlan(@Parameter(hidden = true) C caller,
            @Parameter(description = Idempotency.KEY_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 200)) @Header(Idempotency.KEY) @Nullable String idempotencyKey, @Body PlanForm form);

    @Get("/api/hours-plans")
    List<HoursPlan> listHoursPlans(@Parameter(hidden = true) C caller);

    @Post("/api/hours-plans/{planId}/change-hours")
    HoursPlan changePlanHours(@Parameter(hidden = true) C caller, UUID planId, @Body HoursChangeForm form);

    @Post("/api/hours-plans/{planId}/end")
    HoursPlan endHoursPlan(@Parameter(hidden = true) C caller, UUID planId, @Body PlanEndForm form);
}
