package uk.homecare.portal.api.hoursbank;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;

/**
 * Commissioners' hours plans.
 * {@code C} is the caller: the UI's clients send a {@link uk.homecare.portal.api.identity.Bearer}, the
 * backend's controller receives the actor it verified.
 */
public interface HoursPlanOperations<C> {

    @Post("/api/hours-plans")
    HoursPlan createHoursPlan(@Parameter(hidden = true) C caller, @Body PlanForm form);

    @Get("/api/hours-plans")
    List<HoursPlan> listHoursPlans(@Parameter(hidden = true) C caller);
}
