package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;

/** One visit of the week's schedule: on which day, in which part of it, how long, and whether two carers are needed. */
@Serdeable
@Schema(description = "One visit of the weekly schedule")
public record ScheduledVisit(
        @Schema(example = "MONDAY") @NotNull DayOfWeek day,
        @Schema(example = "MORNING") @NotNull TimeOfDay timeOfDay,
        @Schema(example = "45") @NotNull @Min(1) @Max(720) Integer minutes,
        @NotNull Boolean doubleHanded) {}
