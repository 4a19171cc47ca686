package uk.homecare.portal.api.capacity;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The market's health: active providers month by month over the last 12 months, a warning when the
 * number has fallen by 5% or more in that time, and each provider's committed hours against the bands.
 */
@Serdeable
public record MarketHealth(
        List<MonthPoint> activeProviders,
        int activeNow,
        int activeAYearAgo,
        int changePercent,
        boolean fallWarning,
        ViabilityBand viabilityBand,
        List<ProviderBand> providers) {}
