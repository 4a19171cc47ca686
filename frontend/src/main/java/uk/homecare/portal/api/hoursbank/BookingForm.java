package uk.homecare.portal.api.hoursbank;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;

/** A session to book (or a booking's new date, time and length): UK local date and time, length in minutes. */
@Serdeable
public record BookingForm(
        @NotNull LocalDate date,
        @NotNull LocalTime startTime,
        @NotNull @Min(1) @Max(1_440) Integer minutes) {}
