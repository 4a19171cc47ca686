package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A council's brokerage settings: the response window of each stage in minutes (at most 14 days),
 * how the OPEN stage ends, and the notice a provider must give to hand a package back.
 */
@Serdeable
public record BrokeragePolicy(
        @NotNull @Min(MIN_WINDOW) @Max(MAX_WINDOW) Integer primaryWindowMinutes,
        @NotNull @Min(MIN_WINDOW) @Max(MAX_WINDOW) Integer secondaryWindowMinutes,
        @NotNull @Min(MIN_WINDOW) @Max(MAX_WINDOW) Integer openWindowMinutes,
        @NotNull OpenStageRule openStageRule,
        @NotNull @Min(0) @Max(MAX_NOTICE_DAYS) Integer handBackNoticeDays) {

    /** The shortest response window, in minutes. */
    public static final int MIN_WINDOW = 5;
    /** The longest response window, in minutes: 14 days. */
    public static final int MAX_WINDOW = 20_160;
    /** The longest hand-back notice, in days. */
    public static final int MAX_NOTICE_DAYS = 90;
}
