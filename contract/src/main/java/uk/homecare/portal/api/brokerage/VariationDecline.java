package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The provider declines a variation, saying why (the council reads the reason). */
@Serdeable
public record VariationDecline(
        @Schema(example = "5d1c7a2e-3b9f-4e61-8c0a-7f2b9d4e1a33") @NotNull UUID variationId,
        @Schema(example = "We cannot staff a night visit in that area") @NotBlank @Size(max = 500) String reason) {}
