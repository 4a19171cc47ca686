package uk.homecare.portal.api.kpis;

/**
 * How awards are grouped for the time from publication to award: all of them together, by the stage they were won at, or by
 * the package's urgency.
 */
public enum AwardGrouping {
    /** Every award in the period: the group is {@code ALL}. */
    ALL,
    /** By the cascade stage of the winning offer: PRIMARY, SECONDARY or OPEN. */
    STAGE,
    /** By the package's urgency as it stands now: ROUTINE, URGENT or FAST_TRACK_CHC. */
    URGENCY
}
