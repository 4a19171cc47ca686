package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** How care is delivered: visits a day, each visit's length, when, out of hours or not, one carer or two. */
@Serdeable
public record VisitPattern(
        @Schema(example = "2") @NotNull @Min(1) @Max(8) Integer visitsPerDay,
        @Schema(example = "30") @NotNull @Min(1) @Max(720) Integer visitMinutes,
        @Schema(example = "[\"MORNING\", \"TEATIME\"]") @NotEmpty @Size(max = 5) List<@NotNull TimeOfDay> timesOfDay,
        @NotNull Boolean outOfHours,
        @NotNull Boolean doubleHanded) {}
