package uk.homecare.portal.api.hoursbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * The limits a booking for this person must keep, as the API enforces them: a length from the council's
 * minimum visit to the longest session, on a day from {@code firstDay} to {@code lastDay}: the last day
 * that can be booked now, the end of the 4-week window (a week's hours last four weeks from its Monday,
 * so this week's reach the Sunday four weeks on) or the plan's last usable day if sooner; none without a plan.
 */
@Serdeable
public record BookingLimits(
        @Schema(example = "30") int minimumVisitMinutes,
        @Schema(example = "1440") int longestVisitMinutes,
        @Schema(example = "2026-11-23") LocalDate firstDay,
        @Schema(example = "2027-01-31") @Nullable LocalDate lastDay) {}
