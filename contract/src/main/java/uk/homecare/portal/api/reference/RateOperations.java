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
 * A council's rates and the providers it contracts with.
 * {@code C} is the caller: the UI's clients send a {@link uk.homecare.portal.api.identity.Bearer}, the
 * backend's controller receives the actor it verified.
 */
public interface RateOperations<C> {

    @Get("/api/rates")
    List<Rate> listRates(@Parameter(hidden = true) C caller);

    @Post("/api/rates")
    Rate addRate(@Parameter(hidden = true) C caller,
            @Parameter(description = Idempotency.KEY_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 200)) @Header(Idempotency.KEY) @Nullable String idempotencyKey, @Body RateForm form);

    @Put("/api/rates/{id}")
    Rate changeRate(@Parameter(hidden = true) C caller, UUID id, @Body RateForm form);

    @Get("/api/providers")
    List<Provider> listProviders(@Parameter(hidden = true) C caller);
}
