package uk.homecare.portal.api.brokerage;

/** Why a package ended: the person died, moved to residential care, or asked for their care to end. */
public enum EndReason {
    DEATH,
    RESIDENTIAL_CARE,
    PERSON_REQUESTED
}
