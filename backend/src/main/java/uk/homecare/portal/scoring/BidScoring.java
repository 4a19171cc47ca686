package uk.homecare.portal.scoring;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.quality.Rating;
import uk.homecare.portal.api.scoring.BidScore;
import uk.homecare.portal.api.scoring.Continuity;
import uk.homecare.portal.api.scoring.ProviderFigures;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.quality.ProviderRatings;

/**
 * Use case: score the bids of a package's current round (its OPEN stage's bids and acceptances, and how they ended) by
 * its lot's weights, ranked. The brokerage lists them to the commissioner and asks it before an award
 * ({@link BidScore#awardNeedsReason()}); only the council's commissioners see the scores.
 */
@Singleton
public class BidScoring {

    /** How far back the performance and monitoring figures go: the current month and the 11 before it. */
    static final int MONTHS = 12;

    private record Bid(UUID offerId, UUID providerId, @Nullable Integer ratePence, Instant submittedAt, Continuity continuity) {}

    private record Package(UUID council, UUID lot, @Nullable Integer councilRatePence) {}

    private final Sql sql;
    private final WeightsKeeping weights;
    private final MonthlyFigures figures;
    private final ProviderRatings ratings;
    private final Clock clock;

    BidScoring(Sql sql, WeightsKeeping weights, MonthlyFigures figures, ProviderRatings ratings, Clock clock) {
        this.sql = sql;
        this.weights = weights;
        this.figures = figures;
        this.ratings = ratings;
        this.clock = clock;
    }

    /** Each bid's score by its offer, in rank order (the top first); empty when the package has no bid. */
    public Map<UUID, BidScore> scores(UUID packageId) {
        LocalDate today = UkTime.today(clock);
        Package p = sql.one("""
                select p.council_id, p.lot_id,
                       (select r.hourly_rate_pence from rate r
                         where r.council_id = p.council_id
                           and r.service_type = case when p.funding = 'NHS_CHC' then 'CHC'
                                                     when p.out_of_hours then 'OUT_OF_HOURS' else 'DOMICILIARY' end
                           and r.effective_from <= greatest(p.start_date, ?)
                         order by r.effective_from desc limit 1) as council_rate
                  from care_package p where p.id = ?""",
                row -> new Package(Sql.uuid(row, "council_id"), Sql.uuid(row, "lot_id"), Sql.integer(row, "council_rate")),
                today, packageId).orElseThrow();
        List<Bid> bids = sql.list("""
                select o.id, o.provider_id, o.bid_rate_pence, o.responded_at,
                       case when exists (select 1 from care_package q
                                          where q.person_id = p.person_id and q.id <> p.id and q.awarded_provider_id = o.provider_id
                                            and q.status in ('AWARDED', 'SUSPENDED')) then 'SAME_PERSON'
                            when exists (select 1 from care_package q
                                          where q.zone_id = p.zone_id and q.id <> p.id and q.awarded_provider_id = o.provider_id
                                            and q.status in ('AWARDED', 'SUSPENDED')) then 'SAME_ZONE'
                            else 'NONE' end as continuity
                  from offer o join care_package p on p.id = o.package_id and p.round = o.round
                 where o.package_id = ? and o.stage = 'OPEN' and o.response in ('BID', 'ACCEPTED', 'WON', 'LOST')""",
                row -> new Bid(Sql.uuid(row, "id"), Sql.uuid(row, "provider_id"), Sql.integer(row, "bid_rate_pence"),
                        Sql.instant(row, "responded_at"), Continuity.valueOf(row.getString("continuity"))),
                packageId);
        if (bids.isEmpty()) {
            return Map.of();
        }
        List<UUID> providers = bids.stream().map(Bid::providerId).distinct().toList();
        LocalDate first = today.withDayOfMonth(1).minusMonths(MONTHS - 1);
        Map<UUID, ProviderFigures> performance = new java.util.HashMap<>();
        figures.performance(p.council(), providers, first, today)
                .forEach((key, f) -> performance.merge(key.provider(), f, ProviderFigures::plus));
        Map<UUID, Integer> monitoringVisits = new java.util.HashMap<>();
        figures.monitoring(p.council(), providers, first, today)
                .forEach((key, m) -> monitoringVisits.merge(key.provider(), m.visits(), Integer::sum));
        Map<UUID, MonthlyFigures.OpenActions> open = figures.openActions(p.council(), providers, today);
        Map<UUID, Rating> rated = ratings.ratingsOf(providers);
        List<ScoringPolicy.Facts> facts = bids.stream().map(b -> {
            MonthlyFigures.OpenActions actions = open.getOrDefault(b.providerId(), new MonthlyFigures.OpenActions(0, 0));
            return new ScoringPolicy.Facts(b.offerId(), b.submittedAt(), b.ratePence() != null ? b.ratePence() : p.councilRatePence(),
                    rated.get(b.providerId()), monitoringVisits.getOrDefault(b.providerId(), 0), actions.overdue(), actions.open(),
                    performance.getOrDefault(b.providerId(), ProviderFigures.NONE), b.continuity());
        }).toList();
        return ScoringPolicy.rank(facts, weights.ofLot(p.lot()));
    }
}
