package uk.homecare.portal.api.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a commissioner enters to create or change a zone. {@code version} is required when changing one. */
@Serdeable
public record ZoneForm(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9-]+", message = "must be letters, digits and hyphens only") String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull ZoneKind kind,
        @Nullable LocalDate retiredOn,
        @Schema(description = "The version you loaded; required when changing", minimum = "0", maximum = "2147483647", example = "3")
        @Nullable @PositiveOrZero Integer version) {}
