package uk.homecare.portal.api.scoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A provider's figures with one council in one calendar month (UK time), with the percentages the bid scores use
 * (absent when there is nothing to divide by).
 */
@Serdeable
public record ScorecardMonth(
        @Schema(description = "The month's first day", example = "2026-11-01") LocalDate month,
        ProviderFigures figures,
        @Schema(description = "Offers accepted or bid on, of those answered", example = "80") @Nullable Integer acceptancePercent,
        @Schema(description = "Visits neither late nor missed, of those recorded", example = "95") @Nullable Integer onTimePercent,
        @Schema(description = "Weeks reported, of the weeks capacity was due", example = "100") @Nullable Integer capacityReportedPercent,
        @Schema(description = "The council's contract monitoring visits in the month") int monitoringVisits,
        @Schema(description = "Actions those visits set") int monitoringActions) {}
