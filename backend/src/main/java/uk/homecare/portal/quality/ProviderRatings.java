package uk.homecare.portal.quality;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.quality.Rating;

/** For other features (bid scoring, scorecards): the rating the gates judge each provider by, as {@link JudgedRating} says. */
@Singleton
public class ProviderRatings {

    private final RatingsReading ratings;

    ProviderRatings(RatingsReading ratings) {
        this.ratings = ratings;
    }

    /** Each provider's judged rating; a provider without a listed location is left out. */
    public Map<UUID, Rating> ratingsOf(Collection<UUID> providers) {
        Map<UUID, Rating> rated = new HashMap<>();
        ratings.judged(providers).forEach((provider, judged) -> rated.put(provider, judged.rating()));
        return rated;
    }
}
