package uk.homecare.portal.api.kpis;

/** How awards are grouped for the time from publication to award: all of them together, or by the stage they were won at. */
public enum AwardGrouping {
    /** Every award in the period: the group is {@code ALL}. */
    ALL,
    /** By the cascade stage of the winning offer: PRIMARY, SECONDARY or OPEN. */
    STAGE
}
