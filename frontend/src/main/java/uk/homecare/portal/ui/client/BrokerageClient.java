package uk.homecare.portal.ui.client;

import static io.micronaut.http.HttpHeaders.AUTHORIZATION;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.*;

/** The brokerage API, as the UI calls it with the signed-in person's token. */
@Client("${ui.api-url:/}")
public interface BrokerageClient {

    // Commissioners

    @Post("/api/packages")
    CarePackage draftPackage(@Header(AUTHORIZATION) String authorization, @Body PackageForm form);

    @Post("/api/packages/{id}/publish")
    CarePackage publishPackage(@Header(AUTHORIZATION) String authorization, UUID id);

    /** The council's packages, UNALLOCATED first, then longest waiting; optionally one status only. */
    @Get("/api/packages{?status}")
    List<CarePackage> packages(@Header(AUTHORIZATION) String authorization, @Nullable @QueryValue PackageStatus status);

    @Get("/api/packages/{id}")
    CarePackage carePackage(@Header(AUTHORIZATION) String authorization, UUID id);

    @Get("/api/packages/{id}/bids")
    List<Bid> bids(@Header(AUTHORIZATION) String authorization, UUID id);

    @Post("/api/packages/{id}/award")
    CarePackage award(@Header(AUTHORIZATION) String authorization, UUID id, @Body AwardForm form);

    @Post("/api/packages/{id}/review")
    CarePackage moveAtReview(@Header(AUTHORIZATION) String authorization, UUID id, @Body ReviewForm form);

    @Get("/api/packages/{id}/history")
    List<HistoryEntry> history(@Header(AUTHORIZATION) String authorization, UUID id);

    @Get("/api/brokerage-policy")
    BrokeragePolicy policy(@Header(AUTHORIZATION) String authorization);

    @Put("/api/brokerage-policy")
    BrokeragePolicy changePolicy(@Header(AUTHORIZATION) String authorization, @Body BrokeragePolicy policy);

    // Providers

    /** The provider's inbox: offers waiting for an answer and bids still open, soonest window first. */
    @Get("/api/offers{?council,zone,stage}")
    List<Offer> offers(@Header(AUTHORIZATION) String authorization, @Nullable @QueryValue UUID council,
            @Nullable @QueryValue UUID zone, @Nullable @QueryValue OfferStage stage);

    @Get("/api/offers/{id}")
    Offer offer(@Header(AUTHORIZATION) String authorization, UUID id);

    @Post("/api/offers/{id}/accept")
    Offer accept(@Header(AUTHORIZATION) String authorization, UUID id, @Body AcceptOffer form);

    @Post("/api/offers/{id}/decline")
    Offer decline(@Header(AUTHORIZATION) String authorization, UUID id, @Body DeclineOffer form);

    @Post("/api/offers/{id}/bid")
    Offer bid(@Header(AUTHORIZATION) String authorization, UUID id, @Body BidForm form);

    /** The packages awarded to the provider, with what it needs to deliver care. */
    @Get("/api/care-packages")
    List<CarePackage> carePackages(@Header(AUTHORIZATION) String authorization);

    @Post("/api/care-packages/{id}/hand-back")
    CarePackage handBack(@Header(AUTHORIZATION) String authorization, UUID id, @Body HandBackForm form);

    // Everyone

    @Get("/api/notifications")
    List<Notification> notifications(@Header(AUTHORIZATION) String authorization);

    @Post("/api/notifications/{id}/read")
    Notification markRead(@Header(AUTHORIZATION) String authorization, UUID id);
}
