package uk.homecare.portal.api.visits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * What was delivered on one visit of a package: UK local date and times (a visit ends on the day it starts). A missed
 * visit has no actual times. A reason is needed when the visit was missed or its actual start, end or length differs
 * from the plan by more than {@link #TOLERANCE_MINUTES} minutes. A visit of an hours-bank session names its booking.
 */
@Serdeable
@Schema(description = "What was delivered on one visit of a package")
public record VisitForm(
        @Schema(example = "2026-12-05") @NotNull LocalDate visitDate,
        @Schema(example = "08:00:00") @NotNull LocalTime plannedStart,
        @Schema(example = "08:30:00") @NotNull LocalTime plannedEnd,
        @Schema(description = "Blank when the visit was missed", example = "08:05:00") @Nullable LocalTime actualStart,
        @Schema(description = "Blank when the visit was missed", example = "08:35:00") @Nullable LocalTime actualEnd,
        @Schema(example = "1") @NotNull @Min(0) @Max(MOST_CARERS) Integer carersPresent,
        @Schema(example = "false") @NotNull Boolean missed,
        @Nullable VarianceReason varianceReason,
        @Schema(example = "Traffic on the ring road") @Nullable @Size(max = NOTE_MAX_LENGTH) String varianceNote,
        @Schema(description = "The hours-bank booking this visit delivered, if it was a banked session") @Nullable UUID bookingId) {

    /** How far (minutes) actual start, end or length may differ from the plan without a reason. */
    public static final int TOLERANCE_MINUTES = 15;
    public static final int NOTE_MAX_LENGTH = 500;
    public static final int MOST_CARERS = 10;
}
