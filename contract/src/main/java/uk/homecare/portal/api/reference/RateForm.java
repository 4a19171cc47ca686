package uk.homecare.portal.api.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/** What a commissioner enters to add or change a rate. Pence an hour, at most £1,000. */
@Serdeable
public record RateForm(
        @NotNull ServiceType serviceType,
        @NotNull @Positive @Max(100_000) Integer hourlyRatePence,
        @Nullable @Positive @Max(100_000) Integer floorPence,
        @Nullable @Positive @Max(100_000) Integer ceilingPence,
        @NotNull LocalDate effectiveFrom,
        @Schema(description = "The version you loaded; required when changing", minimum = "0", maximum = "2147483647", example = "3")
        @Nullable @PositiveOrZero Integer version) {}
