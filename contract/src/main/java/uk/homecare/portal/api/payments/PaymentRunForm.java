package uk.homecare.portal.api.payments;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Build every provider's payment schedule for the 28 days from a Monday. */
@Serdeable
@Schema(description = "Build every provider's payment schedule for the 28 days from a Monday")
public record PaymentRunForm(
        @Schema(description = "A Monday; the period is 28 days from it", example = "2026-11-02") @NotNull LocalDate periodStart) {}
