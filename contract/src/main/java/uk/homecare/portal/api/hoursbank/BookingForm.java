package uk.homecare.portal.api.hoursbank;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;

/** A session to book (or a booking's new date, time and length): UK local date and time, length in minutes. */
@Serdeable
@Schema(description = "A session to book from the person's banked hours")
public record BookingForm(
        @Schema(example = "2026-11-27") @NotNull LocalDate date,
        // Not 10:30:00: written unquoted in the spec, YAML 1.1 reads that as the integer 37800 (PublishedSpecTest).
        @Schema(example = "09:30:00") @NotNull LocalTime startTime,
        @Schema(example = "90") @NotNull @Min(1) @Max(LONGEST_MINUTES) Integer minutes) {

    /** The longest session one booking may be. */
    public static final int LONGEST_MINUTES = 1_440;
}
