package uk.homecare.portal.api.organisation;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;

/**
 * NHS partner organisations and their API clients, which the platform administrator registers: the councils
 * each serves, each client's secret (shown once, rotated with an overlap), public key, and whether it may sign in.
 * {@code C} is the caller: see {@link uk.homecare.portal.api.identity.Bearer}.
 */
public interface NhsPartnerOperations<C> {

    @Get("/api/nhs-partners")
    NhsPartners listNhsPartners(@Parameter(hidden = true) C caller);

    @Post("/api/nhs-partners")
    NhsPartner registerNhsPartner(@Parameter(hidden = true) C caller, @Body NhsPartnerForm form);

    @Put("/api/nhs-partners/{id}/councils")
    NhsPartner chooseServedCouncils(@Parameter(hidden = true) C caller, UUID id, @Body ServedCouncilsForm form);

    @Post("/api/nhs-partners/{id}/clients")
    IssuedSecret registerApiClient(@Parameter(hidden = true) C caller, UUID id, @Body ClientRegistrationForm form);

    @Post("/api/api-clients/{id}/secret")
    IssuedSecret rotateClientSecret(@Parameter(hidden = true) C caller, UUID id, @Body SecretRotationForm form);

    @Put("/api/api-clients/{id}/public-key")
    PartnerClient uploadClientPublicKey(@Parameter(hidden = true) C caller, UUID id, @Body PublicKeyForm form);

    @Post("/api/api-clients/{id}/disable")
    PartnerClient disableApiClient(@Parameter(hidden = true) C caller, UUID id);

    @Post("/api/api-clients/{id}/enable")
    PartnerClient enableApiClient(@Parameter(hidden = true) C caller, UUID id);
}
