package uk.homecare.portal.api.consent;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A consent to record: the carer's account (a CARER of the person's council), its first day (today when
 * empty; never in the past) and an optional last day.
 */
@Serdeable
public record ConsentForm(
        @NotNull UUID carerId,
        @Schema(example = "2026-12-07") @Nullable LocalDate startsOn,
        @Schema(example = "2027-06-30") @Nullable LocalDate endsOn) {}
