package uk.homecare.portal.api.kpis;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Visits under 30 minutes. Commissioned: the weekly visits of the packages awarded now, and how many of them are
 * shorter than 30 minutes. Recorded: visits delivered in the period (visit actuals, missed ones left out), how many were
 * planned shorter than 30 minutes, and how many lasted less than 30 minutes.
 */
@Serdeable
public record ShortVisits(int commissionedWeeklyVisits, int commissionedWeeklyVisitsUnder30, int deliveredVisits,
        int plannedUnder30, int lastedUnder30) {}
