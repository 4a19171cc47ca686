package uk.homecare.portal.api.payments;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A correction to a final schedule: pence to add (positive) or take back (negative), and why. */
@Serdeable
@Schema(description = "A correction to a final schedule: pence to add (positive) or take back (negative), and why")
public record CorrectionForm(
        @Schema(example = "-1175") @NotNull @Min(-100_000_000) @Max(100_000_000) Long amountPence,
        @Schema(example = "Visit on 3 November was recorded twice by the provider") @NotBlank @Size(max = 500) String reason) {}
