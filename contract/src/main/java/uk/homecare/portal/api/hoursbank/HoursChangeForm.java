package uk.homecare.portal.api.hoursbank;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A change of a plan's weekly hours from a Monday (today or later, within the plan) on: that week's lot and
 * every later one credit the new amount; lots already credited keep theirs.
 */
@Serdeable
public record HoursChangeForm(
        @Schema(example = "2026-12-14") @NotNull LocalDate fromMonday,
        @Schema(example = "480") @NotNull @Min(15) @Max(10_080) Integer weeklyMinutes) {}
