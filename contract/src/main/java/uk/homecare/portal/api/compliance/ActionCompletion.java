package uk.homecare.portal.api.compliance;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The provider's note on what it did about an action of a monitoring visit. */
@Serdeable
@Schema(description = "The provider's note on what it did about an action of a monitoring visit")
public record ActionCompletion(
        @Schema(example = "References obtained for both staff files") @NotBlank @Size(max = 1000) String note) {}
