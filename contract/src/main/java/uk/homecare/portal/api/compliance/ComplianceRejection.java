package uk.homecare.portal.api.compliance;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a council rejects a document: the provider reads it and uploads a new one. */
@Serdeable
@Schema(description = "Why a council rejects a document: the provider reads it and uploads a new one")
public record ComplianceRejection(
        @Schema(example = "The certificate names another company") @NotBlank @Size(max = 500) String reason) {}
