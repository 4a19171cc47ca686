package uk.homecare.portal.api.chc;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The CHC care a council needs commissioned each week, in minutes (Coventry: 4,500 hours = 270,000). */
@Serdeable
public record ChcRequirement(@NotNull @Min(0) @Max(10_000_000) Integer weeklyMinutes) {}
