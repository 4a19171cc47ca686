package uk.homecare.portal.api.scoring;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A lot's new weights: whole percentages, each 0 to 100, summing to 100 (else 400 naming {@code weights}). */
@Serdeable
public record WeightsForm(
        @Schema(example = "40") @NotNull @Min(0) @Max(100) Integer pricePercent,
        @Schema(example = "40") @NotNull @Min(0) @Max(100) Integer qualityPercent,
        @Schema(example = "10") @NotNull @Min(0) @Max(100) Integer performancePercent,
        @Schema(example = "10") @NotNull @Min(0) @Max(100) Integer continuityPercent) {}
