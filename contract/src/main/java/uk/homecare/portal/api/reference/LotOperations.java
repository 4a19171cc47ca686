package uk.homecare.portal.api.reference;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;

/**
 * A lot and the providers that hold it.
 * {@code C} is the caller: the UI's clients send a {@link uk.homecare.portal.api.identity.Bearer}, the
 * backend's controller receives the actor it verified.
 */
public interface LotOperations<C> {

    @Put("/api/lots/{id}")
    Lot changeLot(@Parameter(hidden = true) C caller, UUID id, @Body LotForm form);

    @Put("/api/lots/{id}/providers")
    Lot placeProvider(@Parameter(hidden = true) C caller, UUID id, @Body LotProviderForm form);

    @Delete("/api/lots/{id}/providers/{providerId}")
    Lot removeProvider(@Parameter(hidden = true) C caller, UUID id, UUID providerId);
}
