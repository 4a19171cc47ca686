package uk.homecare.portal.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.quality.Rating;

class JudgedRatingTest {

    private static JudgedRating at(String location, Rating rating) {
        return new JudgedRating(location, "Location " + location, rating, null);
    }

    @Test
    void the_providers_own_location_is_judged_when_listed() {
        assertThat(JudgedRating.of("1-2", List.of(at("1-1", Rating.INADEQUATE), at("1-2", Rating.GOOD))))
                .hasValueSatisfying(r -> assertThat(r.rating()).isEqualTo(Rating.GOOD));
    }

    @Test
    void otherwise_the_worst_published_rating_of_its_locations() {
        assertThat(JudgedRating.of("1-9", List.of(at("1-1", Rating.OUTSTANDING), at("1-2", Rating.REQUIRES_IMPROVEMENT),
                at("1-3", Rating.NOT_YET_RATED)))).hasValueSatisfying(r -> assertThat(r.locationId()).isEqualTo("1-2"));
        assertThat(JudgedRating.of(null, List.of(at("1-3", Rating.NOT_YET_RATED))))
                .hasValueSatisfying(r -> assertThat(r.rating()).isEqualTo(Rating.NOT_YET_RATED));
    }

    @Test
    void none_when_no_location_is_listed() {
        assertThat(JudgedRating.of("1-1", List.of())).isEmpty();
    }
}
