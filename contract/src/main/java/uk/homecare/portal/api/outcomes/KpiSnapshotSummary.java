package uk.homecare.portal.api.outcomes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * One month's snapshot of the council's KPIs: the month (UK calendar month, {@code yyyy-MM}), when it was taken and by
 * whom (null: the monthly job), and how many figures it holds. Once taken it never changes.
 */
@Serdeable
public record KpiSnapshotSummary(
        @Schema(example = "2026-01") String month,
        Instant takenAt,
        @Nullable String takenBy,
        int figures) {}
