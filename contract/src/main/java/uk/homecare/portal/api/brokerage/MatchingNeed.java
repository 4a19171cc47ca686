package uk.homecare.portal.api.brokerage;

import io.micronaut.core.annotation.Nullable;
import java.util.Collections;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

/**
 * A need that decides which provider can take a package on, shown with its offers (never who the person is):
 * a carer who speaks Welsh (the Active Offer in Wales), a carer of a given gender, a carer who drives (rural zones).
 */
public enum MatchingNeed {
    WELSH_SPEAKING_CARER,
    FEMALE_CARER,
    MALE_CARER,
    DRIVER;

    /**
     * The same needs in their declared order, so a form's JSON (and so its idempotency fingerprint) is the same on every
     * node; a null need is kept for validation to refuse.
     */
    public static @Nullable Set<MatchingNeed> inOrder(@Nullable Set<MatchingNeed> needs) {
        if (needs == null) {
            return null;
        }
        Set<MatchingNeed> ordered = new TreeSet<>(Comparator.nullsFirst(Comparator.<MatchingNeed>naturalOrder()));
        ordered.addAll(needs);
        return Collections.unmodifiableSet(ordered);
    }
}
