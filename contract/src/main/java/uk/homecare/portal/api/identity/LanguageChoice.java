package uk.homecare.portal.api.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The language a person reads the portal in, and is written to in: {@code en} (English) or {@code cy} (Welsh). */
@Serdeable
public record LanguageChoice(
        @Schema(description = "en (English) or cy (Welsh)", example = "cy", allowableValues = {"en", "cy"})
        @NotNull @Pattern(regexp = "en|cy", message = "must be en (English) or cy (Welsh)") String language) {}
