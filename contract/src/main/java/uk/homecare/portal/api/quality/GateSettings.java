package uk.homecare.portal.api.quality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A council's gates: the lowest rating that still gets new offers (absent: no minimum) and whether a provider not
 * yet rated passes. Sent back with the {@code version} loaded: a change made since is refused (409).
 */
@Serdeable
@Schema(description = "A council's quality gates")
public record GateSettings(
        @Schema(description = "The lowest rating that still gets new offers; absent: no minimum. NOT_YET_RATED is not a minimum")
        @Nullable Rating minimumRating,
        @Schema(description = "Whether a provider without a published rating passes the minimum") @NotNull Boolean notYetRatedPasses,
        @Schema(description = "The version you loaded", maximum = "2147483647", example = "0") @NotNull @Min(0) Integer version) {}
