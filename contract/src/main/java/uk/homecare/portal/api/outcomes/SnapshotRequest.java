package uk.homecare.portal.api.outcomes;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The month to snapshot on demand: a UK calendar month that has ended, {@code yyyy-MM}. */
@Serdeable
public record SnapshotRequest(
        @Schema(example = "2026-01", pattern = OutcomeOperations.MONTH, maxLength = 7) @NotNull @Pattern(regexp = OutcomeOperations.MONTH) String month) {}
