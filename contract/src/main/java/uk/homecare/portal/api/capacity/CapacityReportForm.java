package uk.homecare.portal.api.capacity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * A provider's report for this week, for one council and zone: minutes a week it can take on in the
 * daytime and out of hours (10 hours = 600), whether it can do double-handed calls, and its staff there
 * (of whom how many do not drive). Reporting again in the same week replaces that week's report.
 */
@Serdeable
public record CapacityReportForm(
        @NotNull UUID councilId,
        @NotNull UUID zoneId,
        @NotNull @Min(0) @Max(1_000_000) Integer daytimeMinutes,
        @NotNull @Min(0) @Max(1_000_000) Integer outOfHoursMinutes,
        @NotNull Boolean doubleHanded,
        @NotNull @Min(0) @Max(100_000) Integer staff,
        @NotNull @Min(0) @Max(100_000) Integer nonDrivingStaff) {}
