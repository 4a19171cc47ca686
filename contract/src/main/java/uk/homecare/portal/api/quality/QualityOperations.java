package uk.homecare.portal.api.quality;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.UUID;

/**
 * Quality in the market: the platform administrator imports a regulator's ratings file; a council's administrator
 * sets its gates; its commissioners suspend and lift providers and see their standing; a provider sees its own
 * standing in every council it serves. {@code C} is the caller: see {@link uk.homecare.portal.api.identity.Bearer}.
 */
public interface QualityOperations<C> {

    /** The media type of a regulator's ratings file. */
    String CSV = "text/csv";

    @Post(value = "/api/regulator-ratings/imports", consumes = CSV)
    HttpResponse<RatingsImportReport> importRatings(@Parameter(hidden = true) C caller, @Body byte[] file);

    @Get("/api/council/provider-gates")
    GateSettings showProviderGates(@Parameter(hidden = true) C caller);

    @Put("/api/council/provider-gates")
    GateSettings changeProviderGates(@Parameter(hidden = true) C caller, @Body GateSettings settings);

    @Get("/api/provider-standings")
    List<ProviderStanding> listProviderStandings(@Parameter(hidden = true) C caller);

    @Post("/api/provider-organisations/{id}/suspension")
    ProviderStanding suspendProvider(@Parameter(hidden = true) C caller, UUID id, @Body SuspensionForm form);

    @Post("/api/provider-organisations/{id}/suspension/lift")
    ProviderStanding liftSuspension(@Parameter(hidden = true) C caller, UUID id, @Body SuspensionForm form);

    @Get("/api/my-organisation/standing")
    List<ProviderStanding> showOwnStanding(@Parameter(hidden = true) C caller);
}
