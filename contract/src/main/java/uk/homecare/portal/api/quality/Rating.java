package uk.homecare.portal.api.quality;

/**
 * A regulator's overall rating of a location, best first. CIW's ratings are read into the same scale
 * (docs/quality-gates.md): Excellent as OUTSTANDING, Good as GOOD, Requires improvement as REQUIRES_IMPROVEMENT,
 * Poor as INADEQUATE.
 */
public enum Rating {
    OUTSTANDING(4),
    GOOD(3),
    REQUIRES_IMPROVEMENT(2),
    INADEQUATE(1),
    /** Registered but not (yet) given an overall rating. */
    NOT_YET_RATED(0);

    private final int rank;

    Rating(int rank) {
        this.rank = rank;
    }

    /** Whether this is a published rating at least as good as {@code minimum}; NOT_YET_RATED is neither. */
    public boolean atLeast(Rating minimum) {
        return this != NOT_YET_RATED && minimum != NOT_YET_RATED && rank >= minimum.rank;
    }

    /** The worse of two published ratings; NOT_YET_RATED only when both are. */
    public Rating worse(Rating other) {
        if (this == NOT_YET_RATED) {
            return other;
        }
        if (other == NOT_YET_RATED) {
            return this;
        }
        return rank <= other.rank ? this : other;
    }
}
