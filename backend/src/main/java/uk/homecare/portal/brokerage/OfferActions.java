package uk.homecare.portal.brokerage;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.homecare.portal.api.brokerage.OfferAction;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.identity.Capabilities;
import uk.homecare.portal.platform.problem.PortalProblem;

/**
 * What a provider may answer to its offer now, and why not when it may not: the answers refuse by
 * {@link #refusal}, so the actions listed are the answers the API then takes.
 */
final class OfferActions {

    /** What the rules read of an offer and its package. */
    record Facts(OfferStage stage, OfferResponse response, int round, PackageStatus packageStatus, int packageRound,
            @Nullable Instant windowEndsAt) {}

    private OfferActions() {}

    static List<OfferAction> of(Actor actor, Facts offer, Instant now) {
        if (!Capabilities.has(actor, Capability.ANSWER_OFFERS) || refusal(offer, now).isPresent()) {
            return List.of();
        }
        return mayBid(offer.stage())
                ? List.of(OfferAction.ACCEPT, OfferAction.DECLINE, OfferAction.BID)
                : List.of(OfferAction.ACCEPT, OfferAction.DECLINE);
    }

    /** Why the offer is no longer open to an answer: answered, moved on, or out of time; empty while it is. */
    static Optional<PortalProblem> refusal(Facts offer, Instant now) {
        // in the OPEN stage a bid or acceptance may be replaced until the stage ends
        boolean answerable = offer.response() == OfferResponse.PENDING
                || (offer.stage() == OfferStage.OPEN
                        && (offer.response() == OfferResponse.BID || offer.response() == OfferResponse.ACCEPTED));
        if (!answerable) {
            return Optional.of(BrokerageProblems.conflict("brokerage.offer.answered", offer.response()));
        }
        if (offer.packageRound() != offer.round() || !offer.packageStatus().name().equals(offer.stage().name())) {
            return Optional.of(BrokerageProblems.conflict("brokerage.offer.moved-on", offer.packageStatus()));
        }
        if (offer.windowEndsAt() != null && CascadePolicy.windowHasClosed(offer.windowEndsAt(), now)) {
            return Optional.of(BrokerageProblems.conflict("brokerage.offer.window-closed", offer.windowEndsAt()));
        }
        return Optional.empty();
    }

    /** What a provider failing one of the council's quality gates may still answer: a decline (accepting and bidding give 409). */
    static List<OfferAction> whenGated(List<OfferAction> actions) {
        return actions.stream().filter(action -> action == OfferAction.DECLINE).toList();
    }

    /** Bids are made only in the OPEN stage. */
    static boolean mayBid(OfferStage stage) {
        return stage == OfferStage.OPEN;
    }

    /** When to start warning that the window closes soon: the same period before it as the providers' reminder. */
    @Nullable
    static Instant lapsingSoonFrom(@Nullable Instant windowEndsAt, Duration warnBefore) {
        return windowEndsAt == null ? null : windowEndsAt.minus(warnBefore);
    }
}
