package uk.homecare.portal.api.capacity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The market's health: active providers month by month over the last 12 months, a warning when the
 * number has fallen by 5% or more in that time, and each provider's committed hours against the bands.
 * {@code changePercent} is absent when there were no active providers a year ago: a change from none
 * has no percentage (it is stated as "none a year ago", never "+0%").
 */
@Serdeable
public record MarketHealth(
        List<MonthPoint> activeProviders,
        int activeNow,
        int activeAYearAgo,
        @Nullable Integer changePercent,
        boolean fallWarning,
        ViabilityBand viabilityBand,
        List<ProviderBand> providers) {}
