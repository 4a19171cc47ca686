package uk.homecare.portal.api.brokerage;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * An offer as the provider sees it before award: what care, where (postcode district only), when,
 * and how long it has to answer. No name, NHS number or address: data minimisation.
 * {@code spareCapacityMinutes} is the provider's own current capacity report for the zone (null without one).
 * {@code actions} is what the provider may answer now, and {@code lapsingSoonFrom} when to warn that the window closes soon.
 * {@code latestStart} is the latest start the provider may propose now (the council's start tolerance after the
 * requested start, or after today once that has passed); absent when no answer can be given. {@code latestBidStart}
 * is the latest start a bid may propose: a start after {@code latestStart} needs the commissioner's acceptance, which
 * awarding the bid gives; absent when the provider may not bid.
 */
@Serdeable
@Schema(description = "An offer of a package to a provider, without personal data")
public record Offer(
        UUID id,
        UUID packageId,
        @Schema(example = "COV-2026-0042") String reference,
        NamedRef council,
        NamedRef zone,
        NamedRef lot,
        Funding funding,
        @Schema(example = "420") int weeklyMinutes,
        VisitPattern visitPattern,
        LocalDate startDate,
        @Schema(example = "Help with washing, dressing and meals after a hip operation; lives alone.") String needsSummary,
        @Schema(description = "Only the postcode district: never the name, NHS number or address", example = "CV1")
        String postcodeDistrict,
        OfferStage stage,
        OfferResponse response,
        @Schema(example = "2026-11-23T09:15:00Z") Instant offeredAt,
        @Schema(description = "When this stage's response window closes", example = "2026-11-24T09:15:00Z") @Nullable Instant windowEndsAt,
        boolean priceCompetition,
        @Nullable LocalDate proposedStart,
        @Nullable Integer bidRatePence,
        @Nullable Integer spareCapacityMinutes,
        @Schema(description = "What the provider may answer now") List<OfferAction> actions,
        @Schema(description = "From when to warn that the window closes soon; none without a window or an answer to give",
                example = "2026-11-24T07:15:00Z")
        @Nullable Instant lapsingSoonFrom,
        @Schema(description = "The latest start the provider may propose now; absent when it may not answer", example = "2026-12-19")
        @Nullable LocalDate latestStart,
        @Schema(description = "The latest start a bid may propose; a start after latestStart needs the commissioner's acceptance, "
                + "which awarding the bid gives. Absent when the provider may not bid", example = "2027-02-22")
        @Nullable LocalDate latestBidStart,
        @Schema(description = "The week's visits, day by day; empty when only the visit pattern was given") List<ScheduledVisit> schedule,
        @Schema(description = "Needs that decide which provider can take the package on; say which you can meet when you answer")
        List<MatchingNeed> matchingNeeds,
        @Schema(description = "The needs this provider said it can meet when it answered") List<MatchingNeed> needsMet,
        @Schema(description = "How soon the package must find a provider") Urgency urgency,
        @Schema(description = "Whether the package is an emergency: it waited longer than its urgency allows, and is offered at "
                + "once to every provider with spare capacity in its zone") boolean emergency) {

    @Creator
    public Offer {
        actions = actions == null ? List.of() : List.copyOf(actions);
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
        matchingNeeds = matchingNeeds == null ? List.of() : List.copyOf(matchingNeeds);
        needsMet = needsMet == null ? List.of() : List.copyOf(needsMet);
        urgency = Urgency.orRoutine(urgency);
    }

    /** An offer of a ROUTINE package that is no emergency. */
    public Offer(UUID id, UUID packageId, String reference, NamedRef council, NamedRef zone, NamedRef lot, Funding funding,
            int weeklyMinutes, VisitPattern visitPattern, LocalDate startDate, String needsSummary, String postcodeDistrict,
            OfferStage stage, OfferResponse response, Instant offeredAt, @Nullable Instant windowEndsAt, boolean priceCompetition,
            @Nullable LocalDate proposedStart, @Nullable Integer bidRatePence, @Nullable Integer spareCapacityMinutes,
            List<OfferAction> actions, @Nullable Instant lapsingSoonFrom, @Nullable LocalDate latestStart,
            @Nullable LocalDate latestBidStart, List<ScheduledVisit> schedule, List<MatchingNeed> matchingNeeds,
            List<MatchingNeed> needsMet) {
        this(id, packageId, reference, council, zone, lot, funding, weeklyMinutes, visitPattern, startDate, needsSummary,
                postcodeDistrict, stage, response, offeredAt, windowEndsAt, priceCompetition, proposedStart, bidRatePence,
                spareCapacityMinutes, actions, lapsingSoonFrom, latestStart, latestBidStart, schedule, matchingNeeds, needsMet,
                Urgency.ROUTINE, false);
    }

    /** An offer of a package without a day-by-day schedule or matching needs. */
    public Offer(UUID id, UUID packageId, String reference, NamedRef council, NamedRef zone, NamedRef lot, Funding funding,
            int weeklyMinutes, VisitPattern visitPattern, LocalDate startDate, String needsSummary, String postcodeDistrict,
            OfferStage stage, OfferResponse response, Instant offeredAt, @Nullable Instant windowEndsAt, boolean priceCompetition,
            @Nullable LocalDate proposedStart, @Nullable Integer bidRatePence, @Nullable Integer spareCapacityMinutes,
            List<OfferAction> actions, @Nullable Instant lapsingSoonFrom, @Nullable LocalDate latestStart,
            @Nullable LocalDate latestBidStart) {
        this(id, packageId, reference, council, zone, lot, funding, weeklyMinutes, visitPattern, startDate, needsSummary,
                postcodeDistrict, stage, response, offeredAt, windowEndsAt, priceCompetition, proposedStart, bidRatePence,
                spareCapacityMinutes, actions, lapsingSoonFrom, latestStart, latestBidStart, List.of(), List.of(), List.of(),
                Urgency.ROUTINE, false);
    }

    public Offer withActions(List<OfferAction> allowed, @Nullable Instant warnFrom) {
        return new Offer(id, packageId, reference, council, zone, lot, funding, weeklyMinutes, visitPattern, startDate,
                needsSummary, postcodeDistrict, stage, response, offeredAt, windowEndsAt, priceCompetition, proposedStart,
                bidRatePence, spareCapacityMinutes, allowed, warnFrom, allowed.isEmpty() ? null : latestStart,
                allowed.contains(OfferAction.BID) ? latestBidStart : null, schedule, matchingNeeds, needsMet, urgency, emergency);
    }

    /** The same offer, saying the latest start the provider may propose, and the latest a bid may propose. */
    public Offer withLatestStart(@Nullable LocalDate latest, @Nullable LocalDate latestBid) {
        return new Offer(id, packageId, reference, council, zone, lot, funding, weeklyMinutes, visitPattern, startDate,
                needsSummary, postcodeDistrict, stage, response, offeredAt, windowEndsAt, priceCompetition, proposedStart,
                bidRatePence, spareCapacityMinutes, actions, lapsingSoonFrom, latest, latestBid, schedule, matchingNeeds, needsMet, urgency,
                emergency);
    }
}
