package uk.homecare.portal.api.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a commissioner enters to create or change a framework. Terms are in months (Coventry: 60 + 24). */
@Serdeable
public record FrameworkForm(
        @NotBlank @Size(max = 150) String name,
        @NotNull LocalDate startsOn,
        @NotNull @Min(1) @Max(240) Integer initialTermMonths,
        @NotNull @Min(0) @Max(240) Integer extensionMonths,
        @Schema(description = "The version you loaded; required when changing", minimum = "0", maximum = "2147483647", example = "3")
        @Nullable @PositiveOrZero Integer version) {}
