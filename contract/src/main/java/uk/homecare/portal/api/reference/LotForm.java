package uk.homecare.portal.api.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * What a commissioner enters to create or change a lot. A ZONE lot names its zone; a CITYWIDE lot
 * names none. Hours bands are minutes a week (1,200 hours = 72,000 minutes), at most 10,000 hours.
 */
@Serdeable
public record LotForm(
        @NotBlank @Size(max = 150) String name,
        @NotNull LotKind kind,
        @Nullable UUID zoneId,
        @NotNull ServiceCategory serviceCategory,
        @Nullable @PositiveOrZero @Max(600_000) Integer minWeeklyMinutes,
        @Nullable @PositiveOrZero @Max(600_000) Integer maxWeeklyMinutes,
        @NotNull Boolean priceCompetition,
        @Schema(description = "The version you loaded; required when changing", minimum = "0", maximum = "2147483647", example = "3")
        @Nullable @PositiveOrZero Integer version) {}
