package uk.homecare.portal.api.kpis;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Continuing Healthcare now: the council's weekly requirement, the weekly minutes of CHC packages awarded, and of those
 * waiting for a provider (drafted and not yet awarded), with how many packages each.
 */
@Serdeable
public record ChcHours(int requiredWeeklyMinutes, int commissionedWeeklyMinutes, int commissionedPackages, int waitingWeeklyMinutes,
        int waitingPackages) {}
