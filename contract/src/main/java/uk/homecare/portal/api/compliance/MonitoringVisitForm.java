package uk.homecare.portal.api.compliance;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A contract monitoring visit to record: its day (not in the future), what it found, and up to 20 actions. */
@Serdeable
@Schema(description = "A contract monitoring visit: its day (not in the future), what it found, and up to 20 actions")
public record MonitoringVisitForm(
        @NotNull LocalDate visitedOn,
        @Schema(example = "Care plans reviewed; two staff files lacked references") @NotBlank @Size(max = 4000) String findings,
        @NotNull @Size(max = 20) List<@Valid @NotNull MonitoringActionForm> actions) {}
