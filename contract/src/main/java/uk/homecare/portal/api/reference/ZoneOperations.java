package uk.homecare.portal.api.reference;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.UUID;

/**
 * A council's zones.
 * {@code C} is the caller: the UI's clients send a {@link uk.homecare.portal.api.identity.Bearer}, the
 * backend's controller receives the actor it verified.
 */
public interface ZoneOperations<C> {

    @Get("/api/zones")
    List<Zone> listZones(@Parameter(hidden = true) C caller);

    @Post("/api/zones")
    Zone addZone(@Parameter(hidden = true) C caller, @Body ZoneForm form);

    @Put("/api/zones/{id}")
    Zone changeZone(@Parameter(hidden = true) C caller, UUID id, @Body ZoneForm form);
}
