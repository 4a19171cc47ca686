package uk.homecare.portal.api.brokerage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.UUID;

/**
 * Providers' offers and awarded care: the inbox, accept, decline, bid, hand back.
 * {@code C} is the caller: the UI's clients send a {@link uk.homecare.portal.api.identity.Bearer}, the
 * backend's controller receives the actor it verified.
 */
public interface OfferOperations<C> {

    @Get("/api/offers{?council,zone,stage}")
    List<Offer> listOffers(@Parameter(hidden = true) C caller, @Nullable @QueryValue UUID council, @Nullable @QueryValue UUID zone, @Nullable @QueryValue OfferStage stage);

    @Get("/api/offers/{id}")
    Offer showOffer(@Parameter(hidden = true) C caller, UUID id);

    @Post("/api/offers/{id}/accept")
    Offer acceptOffer(@Parameter(hidden = true) C caller, UUID id, @Body AcceptOffer form);

    @Post("/api/offers/{id}/decline")
    Offer declineOffer(@Parameter(hidden = true) C caller, UUID id, @Body DeclineOffer form);

    @Post("/api/offers/{id}/bid")
    Offer bidOnOffer(@Parameter(hidden = true) C caller, UUID id, @Body BidForm form);

    @Get("/api/care-packages")
    List<CarePackage> listCarePackages(@Parameter(hidden = true) C caller);

    @Post("/api/care-packages/{id}/hand-back")
    CarePackage handPackageBack(@Parameter(hidden = true) C caller, UUID id, @Body HandBackForm form);
}
