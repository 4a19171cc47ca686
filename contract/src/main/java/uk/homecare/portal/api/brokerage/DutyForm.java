package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** Going on or off duty for emergencies. */
@Serdeable
public record DutyForm(@Schema(description = "true: on duty; false: off duty", example = "true") @NotNull Boolean onDuty) {}
