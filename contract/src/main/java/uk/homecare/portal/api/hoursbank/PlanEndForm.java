package uk.homecare.portal.api.hoursbank;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The end of a plan: its last day of care (today or later, not before the plan starts). No lot is credited
 * for a week that begins after it; sessions booked after it are cancelled and their minutes returned.
 */
@Serdeable
public record PlanEndForm(@Schema(example = "2026-12-31") @NotNull LocalDate lastDay) {}
