package uk.homecare.portal.api.brokerage;

/** When in the day visits fall; EVENING and NIGHT are out of hours. */
public enum TimeOfDay {
    MORNING,
    LUNCHTIME,
    TEATIME,
    EVENING,
    NIGHT
}
