package uk.homecare.portal.api.organisation;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Issues a new secret: it works at once; the one it replaces keeps working for {@code overlapHours} (0 ends it now). */
@Serdeable
public record SecretRotationForm(
        @Schema(example = "24", minimum = "0", maximum = "720") @NotNull @Min(0) @Max(720) Integer overlapHours) {}
