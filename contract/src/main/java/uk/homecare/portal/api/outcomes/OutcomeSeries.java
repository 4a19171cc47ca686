package uk.homecare.portal.api.outcomes;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One headline figure month by month, as charted: its section and measure (as in the KPI CSV export) and its value in
 * each snapshot of the period, in the order of the report's {@code months}.
 */
@Serdeable
public record OutcomeSeries(String section, String measure, List<Long> values) {}
