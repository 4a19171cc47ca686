package uk.homecare.portal.brokerage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.brokerage.AcceptOffer;
import uk.homecare.portal.api.brokerage.BidForm;
import uk.homecare.portal.api.brokerage.DeclineOffer;
import uk.homecare.portal.api.brokerage.MatchingNeed;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.quality.ProviderGates;

/**
 * Use cases: a provider accepts, declines or bids on an offer. Each answer locks the package first,
 * so answers to one package are decided one at a time whatever the number of providers acting at once.
 */
@Singleton
public class OfferResponses {

    private final Sql sql;
    private final Awarding awarding;
    private final Cascade cascade;
    private final BidRatePolicy ratePolicy;
    private final ProviderInbox inbox;
    private final AuditTrail audit;
    private final Clock clock;
    private final ProviderGates gates;

    OfferResponses(Sql sql, Awarding awarding, Cascade cascade, BidRatePolicy ratePolicy, ProviderInbox inbox,
            AuditTrail audit, Clock clock, ProviderGates gates) {
        this.gates = gates;
        this.sql = sql;
        this.awarding = awarding;
        this.cascade = cascade;
        this.ratePolicy = ratePolicy;
        this.inbox = inbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** PRIMARY or SECONDARY (or OPEN under first-to-accept): the package is awarded at once. Otherwise it is a bid at the council's rate. */
    @Transactional
    public Offer accept(Actor actor, UUID offerId, AcceptOffer form) {
        OfferInPlay offer = inPlay(actor, offerId);
        // a provider gated since the offer was made may decline it, but not take it (409 naming the gate)
        gates.refuseIfGated(offer.councilId(), offer.providerId());
        // an acceptance may win at once, so nobody would agree a later start: that is for a bid, which the commissioner awards
        offer.startTolerance(UkTime.today(clock)).checkAcceptance("proposedStart", form.proposedStart(), OfferActions.mayBid(offer.stage()));
        recordNeedsMet(offer, form.needsMet());
        if (offer.awardsOnAcceptance()) {
            awarding.award(actor, offer, form.proposedStart(), "accepted in the " + offer.stage() + " stage");
        } else {
            answer(actor, offer, "ACCEPTED", form.proposedStart(), null, 0);
            moveOnIfTheStageHasEnded(actor, offer);
        }
        return inbox.offer(actor, offerId);
    }

    /** The package passes on at once to the next stage (in OPEN, once nobody else is left to answer). */
    @Transactional
    public Offer decline(Actor actor, UUID offerId, DeclineOffer form) {
        OfferInPlay offer = inPlay(actor, offerId);
        sql.update("""
                update offer set response = 'DECLINED', decline_reason = ?, decline_note = ?, proposed_start = null, late_start_days = null,
                       bid_rate_pence = null, needs_met = '{}', responded_at = ?, responded_by = ?
                 where id = ?""", form.reason(), form.note(), clock.instant(), actor.id(), offerId);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("provider", awarding.providerName(offer.providerId()));
        details.put("stage", offer.stage());
        details.put("reason", form.reason());
        audit.record(actor, offer.councilId(), AuditAction.DECLINED, "care_package", offer.packageId(), details);
        moveOnIfTheStageHasEnded(actor, offer);
        return inbox.offer(actor, offerId);
    }

    /**
     * In the OPEN stage: a start date, and a rate where the lot allows price competition. A new bid replaces the last.
     * Its start may be later than the council's tolerance (up to {@link StartTolerance#LIMIT_DAYS}): the bid is then
     * marked with how many days later, and the commissioner's award of it is the acceptance of that start.
     */
    @Transactional
    public Offer bid(Actor actor, UUID offerId, BidForm form) {
        OfferInPlay offer = inPlay(actor, offerId);
        if (!OfferActions.mayBid(offer.stage())) {
            throw BrokerageProblems.conflict("brokerage.bid.not-open");
        }
        gates.refuseIfGated(offer.councilId(), offer.providerId());
        int lateDays = offer.startTolerance(UkTime.today(clock)).checkBid("proposedStart", form.proposedStart());
        ratePolicy.check(offer, form.ratePence(), UkTime.today(clock));
        recordNeedsMet(offer, form.needsMet());
        answer(actor, offer, "BID", form.proposedStart(), form.ratePence(), lateDays);
        moveOnIfTheStageHasEnded(actor, offer);
        return inbox.offer(actor, offerId);
    }

    /** Which of the package's matching needs the provider says it can meet; a later answer replaces an earlier one's. */
    private void recordNeedsMet(OfferInPlay offer, @Nullable Set<MatchingNeed> needsMet) {
        Set<MatchingNeed> met = needsMet == null ? Set.of() : needsMet;
        SchedulePolicy.checkNeedsMet(met, offer.matchingNeeds());
        sql.update("update offer set needs_met = string_to_array(?, ',') where id = ?", WeeklySchedules.stored(met), offer.offerId());
    }

    private OfferInPlay inPlay(Actor actor, UUID offerId) {
        OfferInPlay offer = OfferInPlay.lock(sql, offerId, actor.homeOrganisation())
                .orElseThrow(BrokerageProblems::offerNotFound);
        offer.requireOpenToAnswer(clock.instant());
        return offer;
    }

    private void answer(Actor actor, OfferInPlay offer, String response, LocalDate proposedStart, Integer ratePence, int lateDays) {
        Integer lateStartDays = lateDays > 0 ? lateDays : null;
        sql.update("""
                update offer set response = ?, proposed_start = ?, bid_rate_pence = ?, late_start_days = ?, responded_at = ?, responded_by = ?
                 where id = ?""", response, proposedStart, ratePence, lateStartDays, clock.instant(), actor.id(), offer.offerId());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("provider", awarding.providerName(offer.providerId()));
        details.put("proposedStart", proposedStart.toString());
        if (ratePence != null) {
            details.put("ratePence", ratePence);
        }
        if (lateStartDays != null) {
            details.put("lateStartDays", lateStartDays);
        }
        audit.record(actor, offer.councilId(), response.equals("BID") ? AuditAction.BID : AuditAction.ACCEPTED, "care_package", offer.packageId(), details);
    }

    /** After an answer that does not award the package, the cascade moves it on if {@link CascadePolicy} says its stage has ended. */
    private void moveOnIfTheStageHasEnded(Actor actor, OfferInPlay offer) {
        switch (CascadePolicy.afterAnswer(offer.stage(), () -> someoneStillToAnswer(offer))) {
            case NOT_YET -> { }
            case DECLINED -> passOn(offer, Cascade.Mover.of(actor, "declined"));
            case EVERYONE_ANSWERED -> passOn(offer, Cascade.Mover.system("every provider has answered"));
        }
    }

    private void passOn(OfferInPlay offer, Cascade.Mover mover) {
        cascade.passOn(offer.packageId(), offer.round(), offer.stage().name(), clock.instant(), mover);
    }

    private boolean someoneStillToAnswer(OfferInPlay offer) {
        return sql.one("select 1 from offer where package_id = ? and round = ? and stage = ? and response = 'PENDING' limit 1",
                row -> true, offer.packageId(), offer.round(), offer.stage()).isPresent();
    }
}
