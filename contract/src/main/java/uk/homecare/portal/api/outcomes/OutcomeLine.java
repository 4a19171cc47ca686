package uk.homecare.portal.api.outcomes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One KPI figure compared: its section, measure, grouping and group (as in the KPI CSV export), its value in the first
 * and in the last snapshot of the period, and the change (last minus first); a value is null when that snapshot has no
 * such figure (e.g. a decline reason nobody gave).
 */
@Serdeable
public record OutcomeLine(String section, String measure, String by, String group, @Nullable Long first, @Nullable Long last,
        @Nullable Long change) {}
