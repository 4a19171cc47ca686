package uk.homecare.portal.api.payments;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Approve an exception's line as computed. */
@Serdeable
@Schema(description = "Approve a line with an exception as it was computed")
public record LineApproval(@NotNull UUID lineId) {}
