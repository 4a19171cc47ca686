package uk.homecare.portal.api.council;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * The council's settings, read and changed whole by its administrator. {@code C} is the caller: see
 * {@link uk.homecare.portal.api.identity.Bearer}.
 */
public interface CouncilSettingsOperations<C> {

    @Get("/api/council/settings")
    CouncilSettings showCouncilSettings(@Parameter(hidden = true) C caller);

    @Put("/api/council/settings")
    CouncilSettings changeCouncilSettings(@Parameter(hidden = true) C caller, @Body CouncilSettings settings);
}
