package uk.homecare.portal.api.quality;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a council suspends a provider, or lifts its suspension; the provider is told it. */
@Serdeable
public record SuspensionForm(
        @Schema(maxLength = 500, example = "Safeguarding investigation open") @NotBlank @Size(max = 500) String reason) {}
