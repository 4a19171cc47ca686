package uk.homecare.portal.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.quality.GateName;
import uk.homecare.portal.api.quality.Rating;

class MinimumRatingGateTest {

    private final MinimumRatingGate gate = new MinimumRatingGate(null, null);

    private static MinimumRatingGate.Facts facts(Rating minimum, boolean notYetRatedPasses, Rating rating) {
        return new MinimumRatingGate.Facts(minimum, notYetRatedPasses,
                new JudgedRating("1-9698924284", "Spon End", rating, rating == Rating.NOT_YET_RATED ? null : LocalDate.of(2025, 3, 12)));
    }

    @Test
    void a_council_with_no_minimum_gates_nobody() {
        assertThat(gate.judge(null)).isEmpty();
    }

    @Test
    void a_rating_at_or_above_the_minimum_passes() {
        assertThat(gate.judge(facts(Rating.GOOD, false, Rating.GOOD))).isEmpty();
        assertThat(gate.judge(facts(Rating.GOOD, false, Rating.OUTSTANDING))).isEmpty();
        assertThat(gate.judge(facts(Rating.INADEQUATE, false, Rating.INADEQUATE))).isEmpty();
    }

    @Test
    void a_rating_below_the_minimum_fails_with_the_rating_the_minimum_and_when_it_was_published() {
        assertThat(gate.judge(facts(Rating.GOOD, true, Rating.REQUIRES_IMPROVEMENT))).hasValueSatisfying(failure -> {
            assertThat(failure.gate()).isEqualTo(GateName.MINIMUM_RATING);
            assertThat(failure.facts()).containsEntry("rating", "REQUIRES_IMPROVEMENT").containsEntry("minimumRating", "GOOD")
                    .containsEntry("publishedOn", "2025-03-12");
        });
        assertThat(gate.judge(facts(Rating.REQUIRES_IMPROVEMENT, true, Rating.INADEQUATE))).isPresent();
    }

    @Test
    void a_provider_not_yet_rated_passes_only_where_the_council_takes_providers_not_yet_rated() {
        assertThat(gate.judge(facts(Rating.GOOD, true, Rating.NOT_YET_RATED))).isEmpty();
        assertThat(gate.judge(facts(Rating.GOOD, false, Rating.NOT_YET_RATED))).hasValueSatisfying(failure ->
                assertThat(failure.facts()).containsEntry("rating", "NOT_YET_RATED").doesNotContainKey("publishedOn"));
    }

    @Test
    void a_provider_with_no_listed_location_is_judged_as_not_yet_rated() {
        assertThat(gate.judge(new MinimumRatingGate.Facts(Rating.GOOD, true, null))).isEmpty();
        assertThat(gate.judge(new MinimumRatingGate.Facts(Rating.GOOD, false, null))).isPresent();
    }
}
