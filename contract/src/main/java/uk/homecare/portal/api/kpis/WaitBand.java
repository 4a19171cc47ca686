package uk.homecare.portal.api.kpis;

/** How long a package has waited for a provider, since it was published (or re-entered the cascade after a hand-back). */
public enum WaitBand {
    UNDER_1_DAY,
    DAYS_1_TO_3,
    DAYS_3_TO_7,
    DAYS_7_TO_14,
    DAYS_14_TO_28,
    DAYS_28_OR_MORE
}
