package uk.homecare.portal.api.visits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** One visit's recorded actuals: planned and actual times, minutes, carers present, whether missed, and why it differed. */
@Serdeable
@Schema(description = "A visit's recorded actuals")
public record Visit(
        UUID id,
        UUID packageId,
        @Schema(maxLength = 40, example = "COV-2026-0042") String packageReference,
        UUID providerId,
        @Schema(maxLength = 200, example = "Spon End Care") String providerName,
        @Schema(example = "2026-12-05") LocalDate visitDate,
        @Schema(example = "08:00:00") LocalTime plannedStart,
        @Schema(example = "08:30:00") LocalTime plannedEnd,
        @Schema(example = "30") int plannedMinutes,
        @Schema(example = "08:05:00") @Nullable LocalTime actualStart,
        @Schema(example = "08:35:00") @Nullable LocalTime actualEnd,
        @Schema(description = "0 when missed", example = "30") int actualMinutes,
        @Schema(description = "How many minutes after its planned start the visit began; 0 when on time, early or missed", example = "5")
        int minutesLate,
        @Schema(example = "1") int carersPresent,
        boolean missed,
        @Nullable VarianceReason varianceReason,
        @Schema(maxLength = 500) @Nullable String varianceNote,
        @Nullable UUID bookingId,
        VisitSource source,
        @Nullable UUID importId,
        Instant recordedAt) {}
