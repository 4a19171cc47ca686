package uk.homecare.portal.brokerage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.AcceptOffer;
import uk.homecare.portal.api.brokerage.BidForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.DeclineOffer;
import uk.homecare.portal.api.brokerage.HandBackForm;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferOperations;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Brokerage: providers")
@Secured("PROVIDER")
class OfferController implements OfferOperations<Actor> {

    private final ProviderInbox inbox;
    private final OfferResponses responses;
    private final HandingBack handingBack;

    OfferController(ProviderInbox inbox, OfferResponses responses, HandingBack handingBack) {
        this.inbox = inbox;
        this.responses = responses;
        this.handingBack = handingBack;
    }

    @Operation(summary = "Your offers inbox: offers waiting for an answer and bids still open, soonest window first",
            description = "Offers carry no name, NHS number or address: only the postcode district.")
    @StandardProblems
    @InvalidParameterProblems
    @Override
    public List<Offer> listOffers(@Parameter(hidden = true) Actor actor, @Nullable @QueryValue UUID council,
            @Nullable @QueryValue UUID zone, @Nullable @QueryValue OfferStage stage) {
        return inbox.offers(actor, council, zone, stage);
    }

    @Operation(summary = "One of your offers")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public Offer showOffer(@Parameter(hidden = true) Actor actor, UUID id) {
        return inbox.offer(actor, id);
    }

    @Operation(summary = "Accept an offer from a start date",
            description = "In the PRIMARY and SECONDARY stages (and OPEN under the first-to-accept rule) this awards the package at once. "
                    + "The start must be from the requested start to the council's start tolerance after it (from today once the "
                    + "requested start has passed); another is refused (field proposedStart), saying the latest day allowed and that a "
                    + "later start can be proposed as a bid (now in the OPEN stage, else if the package opens for bids).")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Offer acceptOffer(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid AcceptOffer form) {
        return responses.accept(actor, id, form);
    }

    @Operation(summary = "Decline an offer, saying why; the package passes on at once")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Offer declineOffer(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid DeclineOffer form) {
        return responses.decline(actor, id, form);
    }

    @Operation(summary = "Bid in the OPEN stage: a start date, and a rate only where the lot allows price competition",
            description = "The start may be later than the council's start tolerance, up to 90 days after the requested start "
                    + "(from today once it has passed; the offer's latestBidStart); a start before the requested one, in the past "
                    + "or after that limit is refused (field proposedStart). A later start marks the bid (Bid.lateStartDays): "
                    + "nothing awards it automatically, and the commissioner's award of it accepts the later start.")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Offer bidOnOffer(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid BidForm form) {
        return responses.bid(actor, id, form);
    }

    @Operation(summary = "The packages awarded to you, with the person each is for")
    @StandardProblems
    @Override
    public List<CarePackage> listCarePackages(@Parameter(hidden = true) Actor actor) {
        return inbox.carePackages(actor);
    }

    @Operation(summary = "Hand a package back with the council's notice; on that date it re-enters the cascade")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public CarePackage handPackageBack(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid HandBackForm form) {
        return handingBack.handBack(actor, id, form);
    }
}
