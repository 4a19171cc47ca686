package uk.homecare.portal.api.compliance;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An action a monitoring visit asks of the provider, and the day it is due (on or after the visit). */
@Serdeable
public record MonitoringActionForm(
        @Schema(example = "Add medication training to the training matrix") @NotBlank @Size(max = 500) String description,
        @NotNull LocalDate dueOn) {}
