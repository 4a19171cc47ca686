package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** New terms the council proposes for an awarded package, from a date (today or later), and why. */
@Serdeable
@Schema(description = "A variation of an awarded package's terms; its provider accepts or declines it")
public record VariationForm(
        @Schema(example = "540") @NotNull @Min(15) @Max(10_080) Integer weeklyMinutes,
        @NotNull @Valid VisitPattern visitPattern,
        @Schema(example = "2026-12-14") @NotNull LocalDate effectiveFrom,
        @Schema(example = "Needs more help with meals since a fall") @NotBlank @Size(max = 500) String reason) {}
