package uk.homecare.portal.brokerage;

import static uk.homecare.portal.platform.Sql.integer;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;

/**
 * A bid carries a rate only where the lot allows price competition, and then within the floor and
 * ceiling of the council's rate for that kind of care in force when the care starts.
 */
@Singleton
class BidRatePolicy {

    private record Band(@Nullable Integer floorPence, @Nullable Integer ceilingPence) {}

    private final Sql sql;

    BidRatePolicy(Sql sql) {
        this.sql = sql;
    }

    void check(OfferInPlay offer, @Nullable Integer ratePence, LocalDate today) {
        if (ratePence == null) {
            return;
        }
        if (!offer.priceCompetition()) {
            throw BrokerageProblems.invalid("ratePence", "brokerage.bid.no-price-competition");
        }
        LocalDate on = offer.startDate().isAfter(today) ? offer.startDate() : today;
        Band band = sql.one("""
                select floor_pence, ceiling_pence from rate
                 where council_id = ? and service_type = ? and effective_from <= ?
                 order by effective_from desc limit 1""",
                row -> new Band(integer(row, "floor_pence"), integer(row, "ceiling_pence")),
                offer.councilId(), serviceType(offer), on).orElse(new Band(null, null));
        if (band.floorPence() != null && ratePence < band.floorPence()) {
            throw PortalProblem.outOfRange("ratePence", "brokerage.bid.below-floor", "min", band.floorPence());
        }
        if (band.ceilingPence() != null && ratePence > band.ceilingPence()) {
            throw PortalProblem.outOfRange("ratePence", "brokerage.bid.above-ceiling", "max", band.ceilingPence());
        }
    }

    private static String serviceType(OfferInPlay offer) {
        if (offer.funding() == Funding.NHS_CHC) {
            return "CHC";
        }
        return offer.outOfHours() ? "OUT_OF_HOURS" : "DOMICILIARY";
    }
}
