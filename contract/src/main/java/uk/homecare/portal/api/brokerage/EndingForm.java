package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The care ended on {@code endedOn} (today or up to 14 days before) for {@code reason}. */
@Serdeable
public record EndingForm(@NotNull EndReason reason, @Schema(example = "2026-12-05") @NotNull LocalDate endedOn) {}
