package uk.homecare.portal.api.outcomes;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A note on the outcomes of the months {@code fromMonth} to {@code toMonth} (inclusive, {@code yyyy-MM}). */
@Serdeable
public record OutcomeNoteForm(
        @Schema(example = "2025-01", pattern = OutcomeOperations.MONTH, maxLength = 7) @NotNull @Pattern(regexp = OutcomeOperations.MONTH) String fromMonth,
        @Schema(example = "2026-01", pattern = OutcomeOperations.MONTH, maxLength = 7) @NotNull @Pattern(regexp = OutcomeOperations.MONTH) String toMonth,
        @Schema(example = "Time to award fell after the new framework started in March.") @NotBlank @Size(max = OutcomeOperations.NOTE_LENGTH) String text) {}
