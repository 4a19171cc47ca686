package uk.homecare.portal.api.kpis;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The time from publication to award of the awards of one group, in whole minutes: the median and the 90th percentile
 * (both {@code percentile_disc}: a time one of the awards actually took). The wait starts when the package was published,
 * or, for a package handed back, when it re-entered the cascade.
 */
@Serdeable
public record TimeToAward(AwardGrouping by, String group, int awards, int medianMinutes, int p90Minutes) {}
