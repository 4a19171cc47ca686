package uk.homecare.portal.api.reference;

import io.micronaut.http.annotation.Header;
import io.micronaut.core.annotation.Nullable;
import uk.homecare.portal.api.Idempotency;
import io.swagger.v3.oas.annotations.media.Schema;
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
    Zone addZone(@Parameter(hidden = true) C caller,
            @Parameter(description = Idempotency.KEY_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 200)) @Header(Idempotency.KEY) @Nullable String idempotencyKey, @Body ZoneForm form);

    @Put("/api/zones/{id}")
    Zone changeZone(@Parameter(hidden = true) C caller, UUID id, @Body ZoneForm form);
}
