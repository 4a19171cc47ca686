package uk.homecare.portal.api.identity;

import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Parameter;

/** Who the caller is. {@code C} is the caller: see {@link Bearer}. */
public interface MeOperations<C> {

    @Get("/api/me")
    Me me(@Parameter(hidden = true) C caller);
}
