package uk.homecare.portal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.quality.Rating;
import uk.homecare.portal.api.scoring.BidScore;
import uk.homecare.portal.api.scoring.Continuity;
import uk.homecare.portal.api.scoring.ProviderFigures;
import uk.homecare.portal.api.scoring.ScorePart;
import uk.homecare.portal.api.scoring.ScorePartName;
import uk.homecare.portal.api.scoring.ScoringWeights;

class ScoringPolicyTest {

    private static final Instant SUBMITTED = Instant.parse("2026-01-05T10:00:00Z");
    private static final ScoringWeights DEFAULT = weights(40, 40, 10, 10);

    private static ScoringWeights weights(int price, int quality, int performance, int continuity) {
        return new ScoringWeights(new NamedRef(UUID.randomUUID(), "Lot"), price, quality, performance, continuity, true);
    }

    private static ScoringPolicy.Facts bid(Integer ratePence, Rating rating, Continuity continuity, int secondsLater) {
        return new ScoringPolicy.Facts(UUID.randomUUID(), SUBMITTED.plusSeconds(secondsLater), ratePence, rating, 0, 0, 0,
                ProviderFigures.NONE, continuity);
    }

    private static ProviderFigures figures(int answered, int accepted, int awards, int handBacks, int visits, int late, int missed,
            int weeksDue, int weeksReported) {
        return new ProviderFigures(answered, accepted, awards, handBacks, visits, late, missed, weeksDue, weeksReported);
    }

    @Test
    void the_lowest_rate_scores_100_and_a_higher_one_in_proportion() {
        assertThat(ScoringPolicy.price(2000, 2000)).hasValue(100);
        assertThat(ScoringPolicy.price(2500, 2000)).hasValue(80);
        assertThat(ScoringPolicy.price(3000, 2000)).hasValue(67);
    }

    @Test
    void a_bid_without_a_known_rate_has_no_price_figure() {
        assertThat(ScoringPolicy.price(null, 2000)).isEmpty();
        assertThat(ScoringPolicy.price(2000, null)).isEmpty();
    }

    @Test
    void ratings_map_outstanding_100_good_75_requires_improvement_35_inadequate_0_and_none_to_no_figure() {
        assertThat(ScoringPolicy.rating(Rating.OUTSTANDING)).hasValue(100);
        assertThat(ScoringPolicy.rating(Rating.GOOD)).hasValue(75);
        assertThat(ScoringPolicy.rating(Rating.REQUIRES_IMPROVEMENT)).hasValue(35);
        assertThat(ScoringPolicy.rating(Rating.INADEQUATE)).hasValue(0);
        assertThat(ScoringPolicy.rating(Rating.NOT_YET_RATED)).isEmpty();
        assertThat(ScoringPolicy.rating(null)).isEmpty();
    }

    @Test
    void monitoring_loses_25_an_overdue_action_down_to_0_and_without_a_visit_or_open_action_has_no_figure() {
        assertThat(ScoringPolicy.monitoring(0, 0, 0)).isEmpty();
        assertThat(ScoringPolicy.monitoring(1, 0, 0)).hasValue(100);
        assertThat(ScoringPolicy.monitoring(1, 1, 2)).hasValue(75);
        assertThat(ScoringPolicy.monitoring(0, 5, 5)).hasValue(0);
    }

    @Test
    void quality_is_the_mean_of_the_rating_and_monitoring_that_have_a_figure() {
        assertThat(ScoringPolicy.quality(Rating.GOOD, 1, 1, 1)).hasValue(75);
        assertThat(ScoringPolicy.quality(Rating.OUTSTANDING, 1, 2, 2)).hasValue(75);
        assertThat(ScoringPolicy.quality(Rating.OUTSTANDING, 0, 0, 0)).hasValue(100);
        assertThat(ScoringPolicy.quality(null, 0, 0, 0)).isEmpty();
    }

    @Test
    void performance_is_the_mean_of_acceptance_hand_backs_visits_on_time_and_capacity_reporting_each_left_out_without_figures() {
        assertThat(ScoringPolicy.performance(ProviderFigures.NONE)).isEmpty();
        assertThat(ScoringPolicy.acceptance(figures(10, 8, 0, 0, 0, 0, 0, 0, 0))).hasValue(80);
        assertThat(ScoringPolicy.handBacks(figures(0, 0, 4, 1, 0, 0, 0, 0, 0))).hasValue(75);
        assertThat(ScoringPolicy.handBacks(figures(0, 0, 0, 1, 0, 0, 0, 0, 0))).as("a notice without an award").hasValue(0);
        assertThat(ScoringPolicy.onTime(figures(0, 0, 0, 0, 10, 1, 1, 0, 0))).hasValue(80);
        assertThat(ScoringPolicy.capacityReporting(figures(0, 0, 0, 0, 0, 0, 0, 4, 3))).hasValue(75);
        assertThat(ScoringPolicy.performance(figures(10, 8, 4, 1, 10, 1, 1, 4, 3))).hasValue(78);
        assertThat(ScoringPolicy.performance(figures(10, 5, 0, 0, 0, 0, 0, 0, 0))).as("only acceptance known").hasValue(50);
    }

    @Test
    void continuity_scores_100_for_the_same_person_50_for_the_zone_and_0_otherwise() {
        assertThat(ScoringPolicy.continuity(Continuity.SAME_PERSON)).isEqualTo(100);
        assertThat(ScoringPolicy.continuity(Continuity.SAME_ZONE)).isEqualTo(50);
        assertThat(ScoringPolicy.continuity(Continuity.NONE)).isZero();
    }

    @Test
    void a_missing_figure_gives_the_neutral_50_and_says_so() {
        ScoringPolicy.Facts unknown = bid(null, null, Continuity.NONE, 0);

        BidScore score = ScoringPolicy.rank(List.of(unknown), DEFAULT).get(unknown.offerId());

        assertThat(score.parts()).extracting(ScorePart::part, ScorePart::score, ScorePart::figureMissing).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ScorePartName.PRICE, 50, true),
                org.assertj.core.groups.Tuple.tuple(ScorePartName.QUALITY, 50, true),
                org.assertj.core.groups.Tuple.tuple(ScorePartName.PERFORMANCE, 50, true),
                org.assertj.core.groups.Tuple.tuple(ScorePartName.CONTINUITY, 0, false));
        assertThat(score.total()).isEqualTo(45.0);
    }

    @Test
    void the_total_is_the_sum_of_each_parts_score_times_its_weight_and_the_parts_show_the_weights() {
        ScoringPolicy.Facts cheap = bid(2000, null, Continuity.NONE, 0);
        ScoringPolicy.Facts outstanding = bid(2500, Rating.OUTSTANDING, Continuity.SAME_PERSON, 1);

        Map<UUID, BidScore> ranked = ScoringPolicy.rank(List.of(cheap, outstanding), DEFAULT);

        BidScore top = ranked.get(outstanding.offerId());
        assertThat(top.parts()).extracting(ScorePart::weightPercent).containsExactly(40, 40, 10, 10);
        assertThat(top.parts()).extracting(ScorePart::points).containsExactly(32.0, 40.0, 5.0, 10.0);
        assertThat(top.total()).isEqualTo(87.0);
        assertThat(top.rank()).isOne();
        assertThat(top.awardNeedsReason()).isFalse();
        BidScore second = ranked.get(cheap.offerId());
        assertThat(second.total()).isEqualTo(65.0);
        assertThat(second.rank()).isEqualTo(2);
        assertThat(second.awardNeedsReason()).isTrue();
        assertThat(ranked.keySet()).as("in rank order").containsExactly(outstanding.offerId(), cheap.offerId());
    }

    @Test
    void weights_change_the_ranking() {
        ScoringPolicy.Facts cheap = bid(2000, null, Continuity.NONE, 0);
        ScoringPolicy.Facts outstanding = bid(2500, Rating.OUTSTANDING, Continuity.NONE, 1);

        assertThat(ScoringPolicy.rank(List.of(cheap, outstanding), DEFAULT).keySet().iterator().next()).isEqualTo(outstanding.offerId());
        assertThat(ScoringPolicy.rank(List.of(cheap, outstanding), weights(100, 0, 0, 0)).keySet().iterator().next())
                .isEqualTo(cheap.offerId());
    }

    @Test
    void equal_totals_share_the_top_rank_so_neither_needs_a_reason_and_the_earlier_is_listed_first() {
        ScoringPolicy.Facts later = bid(2000, Rating.GOOD, Continuity.NONE, 60);
        ScoringPolicy.Facts earlier = bid(2000, Rating.GOOD, Continuity.NONE, 0);

        Map<UUID, BidScore> ranked = ScoringPolicy.rank(List.of(later, earlier), DEFAULT);

        assertThat(ranked.keySet()).containsExactly(earlier.offerId(), later.offerId());
        assertThat(ranked.values()).allSatisfy(score -> {
            assertThat(score.rank()).isOne();
            assertThat(score.awardNeedsReason()).isFalse();
        });
    }

    @Test
    void scores_stay_within_0_and_100() {
        ScoringPolicy.Facts worst = new ScoringPolicy.Facts(UUID.randomUUID(), SUBMITTED, 100_000, Rating.INADEQUATE, 3, 9, 9,
                figures(10, 0, 1, 9, 10, 5, 5, 4, 0), Continuity.NONE);
        ScoringPolicy.Facts best = bid(1, Rating.OUTSTANDING, Continuity.SAME_PERSON, 1);

        Map<UUID, BidScore> ranked = ScoringPolicy.rank(List.of(worst, best), DEFAULT);

        assertThat(ranked.values()).flatExtracting(BidScore::parts).extracting(ScorePart::score).allSatisfy(s -> assertThat(s).isBetween(0, 100));
        assertThat(ranked.get(worst.offerId()).total()).isBetween(0.0, 100.0);
        assertThat(ScoringPolicy.percent(5, 0)).isEqualTo(OptionalInt.empty());
    }
}
