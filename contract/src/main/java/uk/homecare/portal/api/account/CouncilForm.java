package uk.homecare.portal.api.account;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new council: its name, the short code its links use, its ODS code, nation and default language. */
@Serdeable
public record CouncilForm(
        @Schema(example = "Coventry City Council") @NotBlank @Size(max = 200) String name,
        @Schema(example = "coventry", maxLength = 40) @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}",
                message = "must be 2 to 40 lower-case letters, digits or hyphens, starting with a letter") String code,
        @Schema(example = "E08000026", maxLength = 10) @NotBlank @Pattern(regexp = "[A-Z0-9]{3,10}",
                message = "must be 3 to 10 capital letters or digits") String odsCode,
        @NotNull Nation nation,
        @Schema(allowableValues = {"en", "cy"}, example = "en") @NotBlank @Pattern(regexp = "en|cy", message = "must be en or cy") String language) {}
