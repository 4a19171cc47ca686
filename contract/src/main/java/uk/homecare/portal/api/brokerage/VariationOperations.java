package uk.homecare.portal.api.brokerage;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.UUID;

/**
 * Variations of an awarded package's terms: the council proposes and may withdraw (under /api/packages), the provider
 * holding the package accepts or declines (under /api/care-packages). {@code C} is the caller: see
 * {@link uk.homecare.portal.api.identity.Bearer}.
 */
public interface VariationOperations<C> {

    @Get("/api/packages/{id}/variations")
    List<Variation> listVariations(@Parameter(hidden = true) C caller, UUID id);

    @Post("/api/packages/{id}/variations")
    Variation proposeVariation(@Parameter(hidden = true) C caller, UUID id, @Body VariationForm form);

    @Post("/api/packages/{id}/variations/withdraw")
    Variation withdrawVariation(@Parameter(hidden = true) C caller, UUID id, @Body VariationChoice choice);

    @Get("/api/care-packages/{id}/variations")
    List<Variation> listCarePackageVariations(@Parameter(hidden = true) C caller, UUID id);

    @Post("/api/care-packages/{id}/variations/accept")
    Variation acceptVariation(@Parameter(hidden = true) C caller, UUID id, @Body VariationChoice choice);

    @Post("/api/care-packages/{id}/variations/decline")
    Variation declineVariation(@Parameter(hidden = true) C caller, UUID id, @Body VariationDecline decline);
}
