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
 * A council's frameworks and their lots.
 * {@code C} is the caller: the UI's clients send a {@link uk.homecare.portal.api.identity.Bearer}, the
 * backend's controller receives the actor it verified.
 */
public interface FrameworkOperations<C> {

    @Get("/api/frameworks")
    List<Framework> listFrameworks(@Parameter(hidden = true) C caller);

    @Post("/api/frameworks")
    Framework addFramework(@Parameter(hidden = true) C caller,
            @Parameter(description = Idempotency.KEY_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 200)) @Header(Idempotency.KEY) @Nullable String idempotencyKey, @Body FrameworkForm form);

    @Put("/api/frameworks/{id}")
    Framework changeFramework(@Parameter(hidden = true) C caller, UUID id, @Body FrameworkForm form);

    @Get("/api/frameworks/{frameworkId}/lots")
    List<Lot> listLots(@Parameter(hidden = true) C caller, UUID frameworkId);

    @Post("/api/frameworks/{frameworkId}/lots")
    Lot addLot(@Parameter(hidden = true) C caller, UUID frameworkId,
            @Parameter(description = Idempotency.KEY_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 200)) @Header(Idempotency.KEY) @Nullable String idempotencyKey, @Body LotForm form);
}
