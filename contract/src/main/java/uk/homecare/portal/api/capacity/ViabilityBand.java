package uk.homecare.portal.api.capacity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The weekly care a provider needs to be viable in this council, in minutes (Herefordshire: 700 to 2,000 hours). */
@Serdeable
public record ViabilityBand(@NotNull @Min(0) @Max(1_000_000) Integer minWeeklyMinutes, @NotNull @Min(0) @Max(1_000_000) Integer maxWeeklyMinutes) {}
