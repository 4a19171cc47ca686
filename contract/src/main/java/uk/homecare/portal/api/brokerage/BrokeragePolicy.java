package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A council's brokerage settings: the response window of each stage in minutes (at most 14 days),
 * how the OPEN stage ends, the notice a provider must give to hand a package back, and how many days
 * after the requested start a provider may propose to start (its start tolerance). Set by the
 * council's commissioners.
 */
@Serdeable
public record BrokeragePolicy(
        @NotNull @Min(MIN_WINDOW) @Max(MAX_WINDOW) Integer primaryWindowMinutes,
        @NotNull @Min(MIN_WINDOW) @Max(MAX_WINDOW) Integer secondaryWindowMinutes,
        @NotNull @Min(MIN_WINDOW) @Max(MAX_WINDOW) Integer openWindowMinutes,
        @NotNull OpenStageRule openStageRule,
        @NotNull @Min(0) @Max(MAX_NOTICE_DAYS) Integer handBackNoticeDays,
        @Schema(description = "How many days after the requested start a provider may propose to start", example = "14")
        @NotNull @Min(0) @Max(MAX_START_TOLERANCE_DAYS) Integer startToleranceDays) {

    /** The shortest response window, in minutes. */
    public static final int MIN_WINDOW = 5;
    /** The longest response window, in minutes: 14 days. */
    public static final int MAX_WINDOW = 20_160;
    /** The longest hand-back notice, in days. */
    public static final int MAX_NOTICE_DAYS = 90;
    /** The longest start tolerance, in days. */
    public static final int MAX_START_TOLERANCE_DAYS = 90;
    /** The start tolerance of a council that has not set one, in days. */
    public static final int DEFAULT_START_TOLERANCE_DAYS = 14;
}
