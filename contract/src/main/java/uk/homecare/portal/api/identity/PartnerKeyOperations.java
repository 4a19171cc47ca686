package uk.homecare.portal.api.identity;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.Map;

/**
 * A partner system registers the public key its signed client assertions are checked with.
 * {@code C} is the caller: the UI's clients send a {@link uk.homecare.portal.api.identity.Bearer}, the
 * backend's controller receives the actor it verified.
 */
public interface PartnerKeyOperations<C> {

    @Put("/api/partner/public-key")
    void registerPartnerKey(@Parameter(hidden = true) C caller, @Body Map<String, Object> jwk);
}
