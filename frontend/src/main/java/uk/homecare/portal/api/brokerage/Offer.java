package uk.homecare.portal.api.brokerage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * An offer as the provider sees it before award: what care, where (postcode district only), when,
 * and how long it has to answer. No name, NHS number or address: data minimisation.
 * {@code spareCapacityMinutes} is the provider's own current capacity report for the zone (null without one).
 */
@Serdeable
public record Offer(
        UUID id,
        UUID packageId,
        String reference,
        NamedRef council,
        NamedRef zone,
        NamedRef lot,
        Funding funding,
        int weeklyMinutes,
        VisitPattern visitPattern,
        LocalDate startDate,
        String needsSummary,
        String postcodeDistrict,
        OfferStage stage,
        OfferResponse response,
        Instant offeredAt,
        @Nullable Instant windowEndsAt,
        boolean priceCompetition,
        @Nullable LocalDate proposedStart,
        @Nullable Integer bidRatePence,
        @Nullable Integer spareCapacityMinutes) {}
