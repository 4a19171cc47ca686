package uk.homecare.portal.quality;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.homecare.portal.api.quality.Rating;

/**
 * The rating the gates judge a provider by: its own location's (the regulator location id on its organisation) when
 * the regulator's latest file lists it; otherwise the worst published rating of its listed locations, NOT_YET_RATED
 * only when none of them has one; none when no location of it is listed.
 */
record JudgedRating(String locationId, String locationName, Rating rating, @Nullable LocalDate publishedOn) {

    static Optional<JudgedRating> of(@Nullable String ownLocationId, List<JudgedRating> listed) {
        if (ownLocationId != null) {
            Optional<JudgedRating> own = listed.stream().filter(l -> l.locationId.equals(ownLocationId)).findFirst();
            if (own.isPresent()) {
                return own;
            }
        }
        Optional<JudgedRating> worstRated = listed.stream().filter(l -> l.rating != Rating.NOT_YET_RATED)
                .max(Comparator.comparingInt((JudgedRating l) -> l.rating.ordinal()).thenComparing(JudgedRating::locationId));
        return worstRated.isPresent() ? worstRated : listed.stream().min(Comparator.comparing(JudgedRating::locationId));
    }
}
