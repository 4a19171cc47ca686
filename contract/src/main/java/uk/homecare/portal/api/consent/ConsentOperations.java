package uk.homecare.portal.api.consent;

import io.micronaut.http.annotation.Header;
import uk.homecare.portal.api.Idempotency;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Carers' consents to act for a person. {@code C} is the caller: see {@link uk.homecare.portal.api.identity.Bearer}.
 */
public interface ConsentOperations<C> {

    int MAX_QUERY_LENGTH = 100;

    @Get("/api/people/{personId}/consents")
    List<Consent> listConsents(@Parameter(hidden = true) C caller, UUID personId);

    @Post("/api/people/{personId}/consents")
    Consent recordConsent(@Parameter(hidden = true) C caller, UUID personId,
            @Parameter(description = Idempotency.KEY_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 200)) @Header(Idempotency.KEY) @Nullable String idempotencyKey, @Body ConsentForm form);

    @Post("/api/people/{personId}/consents/{consentId}/revoke")
    Consent revokeConsent(@Parameter(hidden = true) C caller, UUID personId, UUID consentId);

    @Get("/api/me/consents")
    List<Consent> listMyConsents(@Parameter(hidden = true) C caller);

    @Get("/api/carers{?q}")
    List<CarerAccount> findCarers(@Parameter(hidden = true) C caller,
            @Parameter(description = "Words found in the carer's name or username, in any case; empty for the first carers by name")
            @Nullable @QueryValue @Size(max = MAX_QUERY_LENGTH) String q);
}
