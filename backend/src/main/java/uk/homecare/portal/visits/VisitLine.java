package uk.homecare.portal.visits;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import uk.homecare.portal.api.visits.VarianceReason;

/** One visit to record, read from a form or a row of an ECM file, with the package it was found to be. */
record VisitLine(
        int line,
        HeldPackage held,
        LocalDate visitDate,
        LocalTime plannedStart,
        LocalTime plannedEnd,
        @Nullable LocalTime actualStart,
        @Nullable LocalTime actualEnd,
        int carersPresent,
        boolean missed,
        @Nullable VarianceReason reason,
        @Nullable String note,
        @Nullable UUID bookingId) {

    int plannedMinutes() {
        return minutes(plannedStart, plannedEnd);
    }

    int actualMinutes() {
        return missed || actualStart == null || actualEnd == null ? 0 : minutes(actualStart, actualEnd);
    }

    /** The natural key: a package is visited once at a planned start on a day. */
    VisitKey key() {
        return new VisitKey(held.id(), visitDate, plannedStart);
    }

    static int minutes(LocalTime from, LocalTime to) {
        return (int) Duration.between(from, to).toMinutes();
    }

    record VisitKey(UUID packageId, LocalDate date, LocalTime plannedStart) {}
}
