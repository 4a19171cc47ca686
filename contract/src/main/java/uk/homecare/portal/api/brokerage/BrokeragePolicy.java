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
        @NotNull @Min(5) @Max(20_160) Integer primaryWindowMinutes,
        @NotNull @Min(5) @Max(20_160) Integer secondaryWindowMinutes,
        @NotNull @Min(5) @Max(20_160) Integer openWindowMinutes,
        @NotNull OpenStageRule openStageRule,
        @NotNull @Min(0) @Max(90) Integer handBackNoticeDays) {}
