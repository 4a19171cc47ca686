package uk.homecare.portal.api.kpis;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The packages waiting for a provider now, that have waited as long as {@code band} says: those the cascade ended with no
 * taker (UNALLOCATED), and those still in the cascade (offered, or bids under review), each with their weekly minutes.
 */
@Serdeable
public record WaitingBand(WaitBand band, int unallocatedPackages, int unallocatedWeeklyMinutes, int inCascadePackages,
        int inCascadeWeeklyMinutes) {}
