package uk.homecare.portal.api.hoursbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A commissioner gives a person flexible hours: minutes a week (10 hours = 600), from a Monday, delivered
 * by one provider, until an optional last day.
 */
@Serdeable
public record PlanForm(
        @NotNull UUID personId,
        @NotNull UUID providerId,
        @NotNull @Min(15) @Max(10_080) Integer weeklyMinutes,
        @NotNull LocalDate startsOn,
        @Nullable LocalDate endsOn) {}
