package uk.homecare.portal.api.brokerage;

/**
 * How soon a package must find a provider. Each council sets how long a package of each urgency may wait unallocated
 * before it becomes an emergency (its response windows). Not identifying: providers see it on offers.
 */
public enum Urgency {
    /** The default: the cascade runs its course. */
    ROUTINE,
    /** Needed within days. */
    URGENT,
    /** NHS Continuing Healthcare fast track (end of life): offered at once to every provider with spare capacity. */
    FAST_TRACK_CHC;

    /** The urgency sent, or ROUTINE when none was. */
    public static Urgency orRoutine(@org.jspecify.annotations.Nullable Urgency urgency) {
        return urgency == null ? ROUTINE : urgency;
    }
}
