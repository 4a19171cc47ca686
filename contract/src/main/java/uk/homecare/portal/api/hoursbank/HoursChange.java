package uk.homecare.portal.api.hoursbank;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The weekly minutes a plan credits from a Monday on. */
@Serdeable
public record HoursChange(
        @Schema(example = "2026-12-14") LocalDate fromMonday,
        @Schema(example = "480") int weeklyMinutes) {}
